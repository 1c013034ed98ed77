import { privateKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { jwtClaims } from '../../mock/createTestIbex.ts'
import { chromiumPath } from '../utils/chromium.ts'
import { expectNoSecrets } from '../utils/expectNoSecrets.ts'
import { startJourney, type Journey } from '../utils/startJourney.ts'

// Access tokens live this long (seconds) in this journey, instead of IBEx's hour.
const TOKEN_TTL = 4

describe.runIf(chromiumPath)('demo journey: the access token expires mid-session', () => {
  let journey: Journey

  beforeAll(async () => {
    journey = await startJourney()
  })

  afterAll(async () => {
    await journey?.close()
  })

  test('the session is refreshed silently: the app keeps working past the expiry, signed in, with no error shown', async () => {
    await journey.setFaults({ accessTokenTtl: TOKEN_TTL })
    const { page, sent, wallet, authenticator } = await journey.visit()
    await wallet.signUpWithPasskey()
    await wallet.expectBalance('100 EUR-IBEX')

    const authorized = () => sent.filter((request) => request.authorization)
    const firstToken = authorized()[0]?.authorization?.replace(/^Bearer /, '') ?? ''
    const expiresAt = Number(jwtClaims(firstToken).exp) * 1000
    expect(expiresAt - Date.now()).toBeLessThan(TOKEN_TTL * 1000)
    await expect.poll(() => Date.now() > expiresAt + 500, { timeout: 10_000 }).toBe(true)

    // Past the first token's expiry: read and write as a user would.
    const sinceExpiry = sent.length
    await page
      .getByRole('region', { name: 'Balances' })
      .getByRole('button', { name: 'Refresh' })
      .click()
    await wallet.startTransfer({
      to: privateKeyToAddress(`0x${'33'.repeat(32)}`),
      symbol: 'EUR-IBEX',
      amount: '2',
    })
    expect(await wallet.transferEnd()).toBe('confirmed')
    await wallet.expectBalance('98 EUR-IBEX')

    // With 4 s tokens the demo refreshes every 2 s, so some requests of this snapshot may still
    // be on their way (no status yet) when the transfer ends, the more so on a loaded machine:
    // wait for their answers, then judge them.
    const refreshes = sent.filter((request) => request.path === '/v1.2/auth/refresh')
    const later = sent.slice(sinceExpiry).filter((request) => request.authorization)
    await expect
      .poll(() => [...refreshes, ...later].filter((request) => request.status === undefined), {
        timeout: 30_000,
      })
      .toEqual([])
    expect(refreshes.length).toBeGreaterThanOrEqual(1)
    expect(refreshes.map((request) => request.status)).toEqual(refreshes.map(() => 200))
    expect(later.map((request) => request.path)).toContain('/v1.2/users/me/balances')
    expect(later.map((request) => request.path)).toContain('/v1.2/safes/operations')
    for (const request of later) {
      expect(request.authorization).not.toBe(`Bearer ${firstToken}`)
      expect(request.status, `${request.method} ${request.path}`).toBeLessThan(400)
    }

    // Still signed in, live, and nothing alarming on screen.
    await wallet.signOutButton.waitFor()
    await page.getByText('Live', { exact: true }).waitFor()
    expect(await page.getByRole('alert').count()).toBe(0)
    await journey.screenshot(page, 'token-expiry')

    const [storage] = await expectNoSecrets(
      { requests: sent, pages: [page] },
      await authenticator.privateKeyForms(),
    )
    expect(storage).toContain('accessToken')
    // The stored pair is the latest one, not the expired first.
    expect(storage).not.toContain(firstToken)
  })
})
