import type { Page } from 'playwright-core'
import { privateKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { EmailBackup } from '../../../src/core/email/decodeEmailBackup.ts'
import { axeViolations } from '../utils/axeViolations.ts'
import { chromiumPath } from '../utils/chromium.ts'
import { expectNoSecrets } from '../utils/expectNoSecrets.ts'
import { keyForms } from '../utils/keyForms.ts'
import { openEmailBackup } from '../utils/openEmailBackup.ts'
import { startJourney, type Journey } from '../utils/startJourney.ts'

const EMAIL = 'grace.hopper@example.com'
const PASSPHRASE = 'copper-lantern-8264'
// Argon2id (64 MiB) runs in the page's worker at each sign-up, sign-in and signature.
const SLOW = { timeout: 30_000 }

describe.runIf(chromiumPath)('demo journey: an email account', () => {
  let journey: Journey

  beforeAll(async () => {
    journey = await startJourney()
  })

  afterAll(async () => {
    await journey?.close()
  })

  /** The last code the mock "emailed", as the user would read it in their inbox. */
  function inbox(): Promise<string> {
    return journey.controls.readEmailCode(EMAIL)
  }

  async function typeCode(page: Page, field: string, previous?: string) {
    if (previous !== undefined) await expect.poll(inbox).not.toBe(previous)
    const code = await inbox()
    await page.getByRole('textbox', { name: field }).fill(code)
    return code
  }

  test('email sign-up → balances → a transfer signed with the passphrase → sign-out → email sign-in', async () => {
    const { page, sent, wallet } = await journey.visit()

    await page.getByRole('tab', { name: 'Email' }).click()
    await page.getByLabel('Email address').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Email address').fill(EMAIL)
    await page.getByLabel('Email address').press('Enter')
    await page.getByRole('textbox', { name: 'Code from the email' }).waitFor()
    const signUpCode = await typeCode(page, 'Code from the email')
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await page.getByLabel('Confirm the passphrase').fill(PASSPHRASE)
    await page.getByRole('button', { name: 'Create my wallet' }).click()
    const safe = await wallet.safeAddress()
    await wallet.expectBalance('100 EUR-IBEX')

    // Signing asks for the passphrase and, once per visit, a code that unlocks the backup.
    const send = page.getByRole('region', { name: 'Send' })
    await send.getByRole('button', { name: 'Email me a code' }).click()
    await send.getByText('Code sent.', { exact: false }).waitFor()
    const signingCode = await typeCode(page, 'Code from the email', signUpCode)
    await send.getByLabel('Your passphrase').fill(PASSPHRASE)
    await wallet.startTransfer({
      to: privateKeyToAddress(`0x${'22'.repeat(32)}`),
      symbol: 'EUR-IBEX',
      amount: '4.25',
    })
    expect(await wallet.transferEnd()).toBe('confirmed')
    await wallet.expectBalance('95.75 EUR-IBEX')
    expect(await send.getByLabel('Your passphrase').inputValue()).toBe('')

    await wallet.signOut()
    // The returning email user lands on the Email tab, already known by a masked address.
    expect(await page.getByRole('tab', { name: 'Email' }).getAttribute('aria-selected')).toBe(
      'true',
    )
    await page.getByText('We will send a code to g***@example.com.').waitFor()
    await page.getByRole('button', { name: 'Send me a code' }).click()
    await page.getByRole('textbox', { name: 'Code from the email' }).waitFor()
    await typeCode(page, 'Code from the email', signingCode)
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE)
    await page.getByLabel('Passphrase', { exact: true }).press('Enter')
    expect(await wallet.safeAddress()).toBe(safe)
    await wallet.expectBalance('95.75 EUR-IBEX', SLOW.timeout)
    await journey.screenshot(page, 'email')

    // Only the sign-up carried the backup (ciphertext, allowed); the key inside it and the
    // passphrase were never sent or stored in any form.
    const withBackup = sent.filter((request) => request.body.includes('encryptedPrivateKey'))
    expect(withBackup.map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /v1.2/auth/sign-up',
    ])
    const backup = JSON.parse(withBackup[0]?.body ?? '{}') as EmailBackup & { publicKey: string }
    const privateKey = await openEmailBackup(backup, PASSPHRASE)
    expect(privateKeyToAddress(`0x${Buffer.from(privateKey).toString('hex')}`)).toBe(
      backup.publicKey,
    )
    const [storage] = await expectNoSecrets({ requests: sent, pages: [page] }, [
      PASSPHRASE,
      ...keyForms(privateKey),
    ])
    expect(storage).toContain('accessToken')
    const html = await page.evaluate(() => document.documentElement.outerHTML)
    expect(html).not.toContain(PASSPHRASE)
  })
})
