import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { jwtClaims } from '../../mock/createTestIbex.ts'
import { chromiumPath } from '../utils/chromium.ts'
import { demoWallet } from '../utils/demoWallet.ts'
import { expectNoSecrets } from '../utils/expectNoSecrets.ts'
import { recordRequests, type RecordedRequest } from '../utils/recordRequests.ts'
import { startJourney, type Journey } from '../utils/startJourney.ts'
import { addVirtualAuthenticator } from '../utils/virtualAuthenticator.ts'

// The sign-up's access token lives this long (seconds): long enough to open the second tab
// before the refresh falls due (at half its life), short enough to watch it expire.
const TOKEN_TTL = 10

describe.runIf(chromiumPath)('demo journey: two tabs of one signed-in user', () => {
  let journey: Journey

  beforeAll(async () => {
    journey = await startJourney()
  })

  afterAll(async () => {
    await journey?.close()
  })

  test('one WebSocket for both tabs, and one refresh between them when the token expires', async () => {
    await journey.setFaults({ accessTokenTtl: TOKEN_TTL })
    const context = await journey.browser.newContext({ viewport: { width: 1100, height: 900 } })
    const sockets: Page[] = []
    const sent: RecordedRequest[][] = []
    const wsUrl = `${journey.mock.url.replace(/^http/, 'ws')}/ws`
    context.on('page', (page) => {
      sent.push(recordRequests(page))
      page.on('websocket', (socket) => {
        if (socket.url().startsWith(wsUrl)) sockets.push(page)
      })
    })

    const first = await context.newPage()
    const authenticator = await addVirtualAuthenticator(first)
    await first.goto(journey.appUrl)
    const safe = await demoWallet(first).signUpWithPasskey()
    // Tokens issued from now on live the usual hour: the refresh below is the only one due.
    await journey.setFaults({ accessTokenTtl: null })
    await first.getByText('Live', { exact: true }).waitFor()

    // The second tab finds the session in localStorage and the socket taken by the first.
    const second = await context.newPage()
    await second.goto(journey.appUrl)
    expect(await demoWallet(second).safeAddress()).toBe(safe)
    await second.getByText('Live', { exact: true }).waitFor()
    await demoWallet(second).expectBalance('100 EUR-IBEX')
    expect(sockets).toEqual([first])

    // Past the sign-up token's expiry, both tabs read again.
    const requests = () => sent.flat()
    const signUpToken =
      requests()
        .find((request) => request.authorization)
        ?.authorization?.replace(/^Bearer /, '') ?? ''
    const expiresAt = Number(jwtClaims(signUpToken).exp) * 1000
    await expect.poll(() => Date.now() > expiresAt + 500, { timeout: 20_000 }).toBe(true)
    const marks = sent.map((list) => list.length)
    for (const page of [first, second]) {
      await page
        .getByRole('region', { name: 'Balances' })
        .getByRole('button', { name: 'Refresh' })
        .click()
    }
    const balanceReads = () =>
      sent
        .flatMap((list, index) => list.slice(marks[index]))
        .filter((request) => request.path === '/v1.2/users/me/balances' && request.status)
    await expect.poll(() => balanceReads().length).toBeGreaterThanOrEqual(2)
    expect(balanceReads().map((request) => request.status)).toEqual([200, 200])
    expect(
      balanceReads().every((request) => request.authorization !== `Bearer ${signUpToken}`),
    ).toBe(true)

    const refreshes = requests().filter((request) => request.path === '/v1.2/auth/refresh')
    expect(refreshes).toHaveLength(1)
    expect(refreshes[0]?.status).toBe(200)
    expect(sockets).toEqual([first])
    for (const page of [first, second]) {
      await page.getByText('Live', { exact: true }).waitFor()
      expect(await page.getByRole('alert').count()).toBe(0)
    }
    await journey.screenshot(second, 'two-tabs')

    const storages = await expectNoSecrets(
      { requests: requests(), pages: [first, second] },
      await authenticator.privateKeyForms(),
    )
    for (const storage of storages) expect(storage).toContain('accessToken')
  })
})
