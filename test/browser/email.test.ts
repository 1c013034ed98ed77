import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { privateKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startMockIbexServer, type MockIbexServer } from '../../src/exports/mock-node.ts'
import { connectIbexMock } from '../../src/exports/testing.ts'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { openEmailBackup } from './utils/openEmailBackup.ts'
import type { EmailBackup } from '../../src/core/email/decodeEmailBackup.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'

const EMAIL = 'ada.lovelace@example.com'
const PASSPHRASE = 'violet-harbour-7139'
// Argon2id (64 MiB) runs in the page's worker; give each derivation room.
const SLOW = { timeout: 30_000 }

type SentRequest = { method: string; path: string; body: string }

// The journey a user makes: the address typed, the code read from the mock's outbox and
// pasted (sign-up) or typed (sign-in), the passphrase; then what was sent and stored.
describe.runIf(chromiumPath)('the email journey in real Chromium', () => {
  let browser: Browser
  let fixtures: FixtureServer
  let mock: MockIbexServer
  let context: BrowserContext
  let page: Page
  const sent: SentRequest[] = []

  function outboxCode(): Promise<string> {
    return connectIbexMock(mock.url).readEmailCode(EMAIL)
  }

  beforeAll(async () => {
    ;[browser, fixtures, mock] = await Promise.all([
      launchChromium(),
      serveFixtures(),
      startMockIbexServer({ port: 0 }),
    ])
    context = await browser.newContext({ viewport: { width: 560, height: 900 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: fixtures.url,
    })
    page = await context.newPage()
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (url.origin === mock.url) {
        sent.push({ method: request.method(), path: url.pathname, body: request.postData() ?? '' })
      }
    })
    await page.goto(
      `${fixtures.url}/email.html?api=${encodeURIComponent(mock.url)}&storage=localStorage`,
    )
    await page.getByLabel('Email address').waitFor()
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await fixtures?.close()
    await mock?.close()
  })

  test('sign-up with a pasted code, sign-in with a typed one; no passphrase or clear key leaves the form', async () => {
    // Sign-up. The address is typed key by key; focus is already in the field.
    const emailInput = page.getByLabel('Email address')
    await expect
      .poll(() => emailInput.evaluate((node) => node === document.activeElement))
      .toBe(true)
    await page.keyboard.type(EMAIL)
    await page.keyboard.press('Enter')
    const codeInput = page.getByRole('textbox', { name: 'Code from the email' })
    await codeInput.waitFor()
    await expect
      .poll(() => codeInput.evaluate((node) => node === document.activeElement))
      .toBe(true)
    expect(await codeInput.getAttribute('autocomplete')).toBe('one-time-code')

    mkdirSync('.artifacts/browser', { recursive: true })
    await page.screenshot({ path: '.artifacts/browser/email-code-step.png' })

    // The whole code, pasted from the clipboard as an email app would put it there.
    const signUpCode = await outboxCode()
    await page.evaluate(
      (code) => navigator.clipboard.writeText(`Your code: ${code.slice(0, 3)} ${code.slice(3)}`),
      signUpCode,
    )
    await page.keyboard.press('Control+V')
    const passphrase = page.getByLabel('Passphrase', { exact: true })
    await passphrase.waitFor()
    await expect
      .poll(() => passphrase.evaluate((node) => node === document.activeElement))
      .toBe(true)
    await page.keyboard.type(PASSPHRASE)
    await expect
      .poll(() =>
        page.getByRole('meter', { name: 'Passphrase strength' }).getAttribute('aria-valuenow'),
      )
      .toMatch(/^[34]$/)
    await page.getByLabel('Confirm the passphrase').fill(PASSPHRASE)
    await page.screenshot({ path: '.artifacts/browser/email-passphrase-step.png' })
    await page.getByRole('button', { name: 'Create my wallet' }).click()
    await page.getByTestId('who').waitFor(SLOW)
    const externalUserId = await page.getByTestId('who').textContent()
    expect(await page.getByTestId('method').textContent()).toBe('EMAIL')

    // Sign-in on the same device: the remembered address, the code typed digit by digit.
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByText('We will send a code to a***@example.com.').waitFor()
    await page.getByRole('button', { name: 'Send me a code' }).click()
    await codeInput.waitFor()
    const signInCode = await outboxCode()
    expect(signInCode).not.toBe(signUpCode)
    await codeInput.focus()
    await page.keyboard.type(signInCode)
    await passphrase.waitFor()
    await page.keyboard.type(PASSPHRASE)
    await page.keyboard.press('Enter')
    await page.getByText('You are signed in.').waitFor(SLOW)
    expect(await page.getByTestId('who').textContent()).toBe(externalUserId)

    await page.screenshot({ path: '.artifacts/browser/email-journey.png', fullPage: true })

    // What went over the wire: the journey's requests, the backup only in the sign-up POST.
    expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v1.2/auth/sign-up',
      'POST /v1.2/auth/email/recover',
      'POST /v1.2/auth/sign-up',
      'GET /v1.2/auth/sign-in',
      'POST /v1.2/auth/email/recover',
      'POST /v1.2/auth/sign-in',
    ])
    const signUpBody = JSON.parse(sent[2]!.body) as EmailBackup & { publicKey: string }
    const withBackup = sent.filter((request) => request.body.includes('encryptedPrivateKey'))
    expect(withBackup).toEqual([sent[2]])

    // The key in that backup is the account's key; neither it nor the passphrase was sent or
    // stored in any form.
    const privateKey = await openEmailBackup(signUpBody, PASSPHRASE)
    const hex = Buffer.from(privateKey).toString('hex')
    expect(privateKeyToAddress(`0x${hex}`)).toBe(signUpBody.publicKey)
    const storage = await page.evaluate(() =>
      JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
    )
    expect(storage).toContain(externalUserId!)
    const forms = [
      PASSPHRASE,
      hex,
      Buffer.from(privateKey).toString('base64'),
      Buffer.from(privateKey).toString('base64url'),
    ]
    for (const secret of forms) {
      for (const request of sent) expect(request.body).not.toContain(secret)
      expect(storage).not.toContain(secret)
    }
    const html = await page.evaluate(() => document.documentElement.outerHTML)
    expect(html).not.toContain(PASSPHRASE)
  }, 120_000)
})
