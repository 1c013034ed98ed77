import type { Page } from 'playwright-core'
import { privateKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_KDF_ENV, deriveKdfPrivateKey } from '../../../src/core/kdf/deriveKdfPrivateKey.ts'
import { validateKdfParams } from '../../../src/core/kdf/validateKdfParams.ts'
import { base64ToBytes } from '../../../src/core/utils/base64.ts'
import { axeViolations } from '../utils/axeViolations.ts'
import { chromiumPath } from '../utils/chromium.ts'
import { expectNoSecrets } from '../utils/expectNoSecrets.ts'
import { keyForms } from '../utils/keyForms.ts'
import { startJourney, type Journey } from '../utils/startJourney.ts'

// Not a run of the keypad's own text ("1234567890"), so finding it anywhere is a leak.
const PIN = '975318'
// Argon2id (64 MiB) runs in the page's worker at each sign-up, sign-in and signature.
const SLOW = { timeout: 30_000 }

describe.runIf(chromiumPath)('demo journey: a PIN account', () => {
  let journey: Journey

  beforeAll(async () => {
    journey = await startJourney()
  })

  afterAll(async () => {
    await journey?.close()
  })

  async function typePin(page: Page, pad: string) {
    await page.getByRole('group', { name: pad }).waitFor(SLOW)
    await page.getByRole('button', { name: 'Digit 1' }).focus()
    await page.keyboard.type(PIN)
  }

  test('PIN sign-up → balances → a transfer signed with the PIN → sign-out → PIN sign-in', async () => {
    const { page, sent, wallet } = await journey.visit()
    await page.getByRole('tab', { name: 'PIN' }).click()
    await page.getByRole('group', { name: 'Choose a PIN' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const materials = page.waitForResponse(
      (response) =>
        response.request().method() === 'GET' && response.url().includes('/v1.2/auth/sign-up'),
    )
    await typePin(page, 'Choose a PIN')
    await typePin(page, 'Confirm PIN')
    const safe = await wallet.safeAddress()
    await wallet.expectBalance('100 USD-IBEX')

    await wallet.startTransfer({
      to: privateKeyToAddress(`0x${'11'.repeat(32)}`),
      symbol: 'USD-IBEX',
      amount: '1.5',
      pin: PIN,
    })
    expect(await wallet.transferEnd()).toBe('confirmed')
    await wallet.expectBalance('98.5 USD-IBEX')
    // The PIN field is emptied once the transfer has it.
    expect(await page.getByLabel('Your PIN').inputValue()).toBe('')

    await wallet.signOut()
    // The returning PIN user lands on the PIN tab, asked for the PIN only.
    expect(await page.getByRole('tab', { name: 'PIN' }).getAttribute('aria-selected')).toBe('true')
    await typePin(page, 'Enter your PIN')
    expect(await wallet.safeAddress()).toBe(safe)
    await wallet.expectBalance('98.5 USD-IBEX')
    await journey.screenshot(page, 'pin')

    // The key the PIN derives, rebuilt here from the sign-up materials: it is the account's key,
    // and neither it nor the PIN was sent or stored.
    const { salt, kdf, externalUserId } = (await (await materials).json()) as {
      salt: string
      kdf: unknown
      externalUserId: string
    }
    const privateKey = await deriveKdfPrivateKey(
      PIN,
      base64ToBytes(salt),
      validateKdfParams(kdf, 'kdf'),
      { appId: 'localhost', env: DEFAULT_KDF_ENV, externalUserId },
    )
    const signUp = sent.find((r) => r.method === 'POST' && r.path === '/v1.2/auth/sign-up')
    const { publicKey } = JSON.parse(signUp?.body ?? '{}') as { publicKey?: string }
    expect(privateKeyToAddress(`0x${Buffer.from(privateKey).toString('hex')}`)).toBe(publicKey)
    const signedWithKey = sent.filter((request) => request.body.includes('"signature"'))
    expect(signedWithKey.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1.2/auth/sign-up',
      'PUT /v1.2/safes/operations',
      'POST /v1.2/auth/sign-in',
    ])
    const [storage] = await expectNoSecrets({ requests: sent, pages: [page] }, [
      PIN,
      ...keyForms(privateKey),
    ])
    expect(storage).toContain(externalUserId)
  })
})
