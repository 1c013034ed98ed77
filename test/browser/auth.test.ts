import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { accountMenuMessages } from '../../src/components/internal/messages/accountMenuMessages.ts'
import { passkeyButtonMessages } from '../../src/components/internal/messages/passkeyButtonMessages.ts'
import { signInMessages } from '../../src/components/internal/messages/signInMessages.ts'
import { startMockIbexServer, type MockIbexServer } from '../../src/exports/mock-node.ts'
import { axeViolations } from './utils/axeViolations.ts'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'
import { addVirtualAuthenticator } from './utils/virtualAuthenticator.ts'

// What jsdom cannot show for SignIn/SignUp and AccountMenu: real focus order and keys, real
// layout for colour contrast in both themes, and a real passkey prompt (CDP virtual
// authenticator).
describe.runIf(chromiumPath)('SignUp, SignIn and AccountMenu in real Chromium', () => {
  let browser: Browser
  let fixtures: FixtureServer
  let mock: MockIbexServer

  beforeAll(async () => {
    ;[browser, fixtures, mock] = await Promise.all([
      launchChromium(),
      serveFixtures(),
      startMockIbexServer({ port: 0 }),
    ])
    mkdirSync('.artifacts/browser', { recursive: true })
  })

  afterAll(async () => {
    await browser?.close()
    await fixtures?.close()
    await mock?.close()
  })

  async function open(query: Record<string, string> = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 480, height: 820 } })
    const page = await context.newPage()
    await addVirtualAuthenticator(page)
    const search = new URLSearchParams({ api: mock.url, ...query })
    await page.goto(`${fixtures.url}/auth.html?${search}`)
    return page
  }

  /** The accessible name of the focused element, as far as the test needs it. */
  function focusedName(page: Page): Promise<string> {
    return page.evaluate(() => {
      const element = document.activeElement
      if (!element) return ''
      return (element.getAttribute('aria-label') ?? element.textContent ?? '').trim()
    })
  }

  /** Presses Tab until the focused element's name matches (at most 20 presses). */
  async function tabTo(page: Page, name: string | RegExp): Promise<void> {
    for (let press = 0; press < 20; press++) {
      await page.keyboard.press('Tab')
      const focused = await focusedName(page)
      if (typeof name === 'string' ? focused === name : name.test(focused)) return
    }
    throw new Error(`Tab never reached ${String(name)}`)
  }

  test('keyboard only: create a passkey → the account menu → sign out → sign in with the passkey', async () => {
    // No email method: no autofill request racing the keyboard.
    const page = await open({ methods: 'passkey,pin' })
    const en = signInMessages.en
    await page.getByRole('region', { name: en.signUpTitle }).waitFor()

    await tabTo(page, passkeyButtonMessages.en.signUp)
    await page.keyboard.press('Enter')
    const trigger = page.getByRole('button', { name: /^Account 0x/ })
    await trigger.waitFor()
    const address = await trigger.getAttribute('title')
    expect(address).toMatch(/^0x[0-9a-fA-F]{40}$/)

    await tabTo(page, /^Account 0x/)
    await page.keyboard.press('Enter')
    const menu = page.getByRole('menu', { name: accountMenuMessages.en.menuLabel })
    await menu.waitFor()
    expect(await focusedName(page)).toBe(accountMenuMessages.en.copyAddress)
    await page.screenshot({ path: '.artifacts/browser/auth-account-menu.png' })
    await page.keyboard.press('Escape')
    await expect.poll(() => menu.count()).toBe(0)
    expect(await focusedName(page)).toMatch(/^Account 0x/)

    await page.keyboard.press('ArrowUp')
    await menu.waitFor()
    expect(await focusedName(page)).toBe(accountMenuMessages.en.signOut)
    await page.keyboard.press('Enter')
    await page.getByRole('region', { name: en.signInTitle }).waitFor()
    await page.screenshot({ path: '.artifacts/browser/auth-sign-in.png' })

    await tabTo(page, passkeyButtonMessages.en.signIn)
    await page.keyboard.press('Enter')
    await trigger.waitFor()
    expect(await trigger.getAttribute('title')).toBe(address)
    await page.context().close()
  })

  test('PinPad: the reveal toggle sits beside the dots without pushing them off the centre of the keys', async () => {
    const page = await open({ pinpad: 'reveal' })
    const pad = page.getByRole('group', { name: 'PIN' })
    await pad.waitFor()
    const centre = async (selector: string) => {
      const box = await pad.locator(selector).first().boundingBox()
      if (!box) throw new Error(`${selector} has no box`)
      return box.x + box.width / 2
    }
    const dots = await centre('[data-ibex-pinpad-display]')
    const keys = await centre('[data-ibex-pinpad-keys]')
    expect(Math.abs(dots - keys)).toBeLessThanOrEqual(1)
    expect(await centre('[data-ibex-pinpad-reveal]')).toBeGreaterThan(dots)
    await page.context().close()
  })

  for (const [theme, locale] of [
    ['light', 'en'],
    ['dark', 'en'],
    ['dark', 'de'],
  ] as const) {
    test(`axe with colour contrast, ${theme} theme, ${locale}: SignUp, SignIn, the open AccountMenu`, async () => {
      const page = await open({ theme, locale })
      const messages = signInMessages[locale]
      await page.getByRole('region', { name: messages.signUpTitle }).waitFor()
      // Autofill is known once passkey support is detected; wait for the steady card.
      await page.getByRole('button', { name: messages.methodPin }).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: `.artifacts/browser/auth-sign-up-${theme}-${locale}.png` })

      await page.getByRole('button', { name: passkeyButtonMessages[locale].signUp }).click()
      const trigger = page.getByRole('button', {
        name: new RegExp(`^${accountMenuMessages[locale].trigger.replace('{address}', '0x')}`),
      })
      await trigger.click()
      await page.getByRole('menu').waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.screenshot({ path: `.artifacts/browser/auth-menu-${theme}-${locale}.png` })

      await page.getByRole('menuitem', { name: accountMenuMessages[locale].signOut }).click()
      await page.getByRole('region', { name: messages.signInTitle }).waitFor()
      // The virtual authenticator may answer the autofill request at once and sign in: either
      // screen must pass.
      await page
        .getByRole('textbox', { name: messages.autofillLabel })
        .or(trigger)
        .first()
        .waitFor()
      expect(await axeViolations(page)).toEqual([])
      await page.context().close()
    })
  }
})
