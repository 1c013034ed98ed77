import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { privateKeyToAddress } from 'viem/accounts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startMockIbexServer, type MockIbexServer } from '../../../src/exports/mock-node.ts'
import { axeViolations } from '../utils/axeViolations.ts'
import { chromiumPath, launchChromium } from '../utils/chromium.ts'
import { serveFixtures, type FixtureServer } from '../utils/serveFixtures.ts'
import { addVirtualAuthenticator } from '../utils/virtualAuthenticator.ts'

/** What has focus: its role (explicit or the element's), accessible-ish name, and looks. */
type Focused = {
  tag: string
  role: string
  name: string
  /** `:focus-visible` matches (the browser shows keyboard focus). */
  focusVisible: boolean
  /** An outline or a ring (box-shadow) is painted around it. */
  ringShown: boolean
}

// Runs in the page: no named inner functions (tsx's esbuild would wrap them in a `__name`
// helper that only exists in Node).
function readFocus(): Focused | null {
  const element = document.activeElement
  if (!(element instanceof HTMLElement) || element === document.body) return null
  const style = getComputedStyle(element)
  const labelled = element.getAttribute('aria-labelledby')
  const name =
    element.getAttribute('aria-label') ??
    (labelled ? document.getElementById(labelled)?.textContent : null) ??
    (element instanceof HTMLInputElement || element instanceof HTMLSelectElement
      ? (element.labels?.[0]?.textContent ?? '')
      : (element.textContent ?? ''))
  return {
    tag: element.tagName.toLowerCase(),
    role: element.getAttribute('role') ?? element.tagName.toLowerCase(),
    name: name.replace(/\s+/g, ' ').trim(),
    focusVisible: element.matches(':focus-visible'),
    ringShown:
      (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none',
  }
}

// A fresh address with a valid EIP-55 checksum, not the user's.
const RECIPIENT = privateKeyToAddress(`0x${'22'.repeat(32)}`)

// Only keys: Tab, Shift+Tab, Enter, Space, the arrows, Escape and typed text. No click, no
// focus() call, no fill(): every step asserts where focus landed and that it is shown.
describe.runIf(chromiumPath)('keyboard-only journey: SignIn → TransferForm → AccountMenu', () => {
  let browser: Browser
  let fixtures: FixtureServer
  let mock: MockIbexServer
  let page: Page

  beforeAll(async () => {
    ;[browser, fixtures, mock] = await Promise.all([
      launchChromium(),
      serveFixtures(),
      startMockIbexServer({ port: 0 }),
    ])
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } })
    page = await context.newPage()
    await addVirtualAuthenticator(page)
    await page.goto(`${fixtures.url}/keyboard.html?mock=${encodeURIComponent(mock.url)}`)
  })

  afterAll(async () => {
    if (page) {
      mkdirSync('.artifacts/browser', { recursive: true })
      await page.screenshot({ path: '.artifacts/browser/journey-keyboard.png', fullPage: true })
    }
    await browser?.close()
    await fixtures?.close()
    await mock?.close()
  })

  const focused = () => page.evaluate(readFocus)

  /** Presses `key` (Tab) until focus is on an element matching `want`, at most `max` times. */
  async function tabTo(
    want: Partial<Pick<Focused, 'role' | 'tag'>> & {
      name: RegExp
      key?: 'Tab' | 'Shift+Tab'
      max?: number
    },
  ): Promise<Focused> {
    const { key = 'Tab', max = 12 } = want
    const seen: string[] = []
    for (let press = 0; press < max; press++) {
      await page.keyboard.press(key)
      const now = await focused()
      seen.push(now ? `${now.role} "${now.name}"` : 'body')
      if (
        now &&
        want.name.test(now.name) &&
        (!want.role || now.role === want.role) &&
        (!want.tag || now.tag === want.tag)
      ) {
        return now
      }
    }
    throw new Error(
      `${key} never reached ${want.role ?? want.tag} ${want.name}: ${seen.join(' → ')}`,
    )
  }

  /** Waits until focus is on an element matching `want` (after an action moved it). */
  async function focusLandsOn(
    want: Partial<Pick<Focused, 'role' | 'tag'>> & { name: RegExp },
  ): Promise<Focused> {
    let now: Focused | null = null
    await expect
      .poll(async () => {
        now = await focused()
        return (
          !!now &&
          want.name.test(now.name) &&
          (!want.role || now.role === want.role) &&
          (!want.tag || now.tag === want.tag)
        )
      })
      .toBe(true)
    return now as unknown as Focused
  }

  function expectShown(focus: Focused) {
    expect(focus, `${focus.role} "${focus.name}" has no visible focus`).toMatchObject({
      focusVisible: true,
      ringShown: true,
    })
  }

  test('sign up with a passkey by keyboard, then sign out from the menu', async () => {
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    // The first Tab enters the card on its primary action.
    const first = await tabTo({ name: /passkey/i })
    expectShown(first)
    // Footer: "No account yet? Sign up".
    expectShown(await tabTo({ name: /^sign up$/i, max: 8 }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: /create your account/i }).waitFor()
    expectShown(await tabTo({ tag: 'button', name: /passkey/i }))
    await page.keyboard.press('Enter')
    // Signed in: the app moves focus to its heading; the account menu is next.
    await focusLandsOn({ tag: 'h1', name: /^Wallet$/ })
    await page.getByRole('form').waitFor()
    // axe reads colours as painted: let the form finish loading its balances and its buttons'
    // colour transitions end (a mid-transition colour is neither state's and fails contrast).
    await page.waitForFunction(
      () =>
        document.querySelector('form[data-state="loading"]') === null &&
        document.getAnimations().length === 0,
    )
    expect(await axeViolations(page)).toEqual([])
    const trigger = await tabTo({ tag: 'button', name: /account/i })
    expectShown(trigger)
    await page.keyboard.press('ArrowUp')
    // ↑ opens the menu on its last item: Sign out.
    expectShown(await focusLandsOn({ role: 'menuitem', name: /sign out/i }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
  })

  test('sign in with the passkey, send a token, then the account menu: Escape, reopen, sign out', async () => {
    // Nothing had focus after sign-out took the menu away: Tab starts at the top again.
    const passkey = await tabTo({ tag: 'button', name: /passkey/i })
    expectShown(passkey)
    await page.keyboard.press('Space')
    await focusLandsOn({ tag: 'h1', name: /^Wallet$/ })

    // The transfer form, field by field, in reading order after the account menu.
    await tabTo({ tag: 'button', name: /account/i })
    const recipient = await tabTo({ tag: 'input', name: /recipient/i })
    expectShown(recipient)
    await page.keyboard.type(RECIPIENT)
    const token = await tabTo({ tag: 'select', name: /token/i, max: 1 })
    expectShown(token)
    // The closed select takes the arrows: ↓ picks the next token, ↑ back to the first.
    const tokens = page.getByRole('combobox', { name: /token/i })
    const firstToken = await tokens.inputValue()
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => tokens.inputValue()).not.toBe(firstToken)
    await page.keyboard.press('ArrowUp')
    await expect.poll(() => tokens.inputValue()).toBe(firstToken)
    const tokenText = await tokens.evaluate(
      (select: HTMLSelectElement) => select.selectedOptions[0]?.textContent ?? '',
    )
    const amount = await tabTo({ tag: 'input', name: /amount/i, max: 1 })
    expectShown(amount)
    await page.keyboard.type('1.5')
    // Shift+Tab goes back through the fields in the same order.
    expectShown(await tabTo({ tag: 'select', name: /token/i, key: 'Shift+Tab', max: 1 }))
    await tabTo({ tag: 'input', name: /amount/i, max: 1 })
    // Past Max to the submit button; Enter in the amount field would submit as well.
    expectShown(await tabTo({ tag: 'button', name: /max/i, max: 1 }))
    const submit = await tabTo({ tag: 'button', name: /^send/i, max: 3 })
    expectShown(submit)
    await page.keyboard.press('Enter')
    // Confirmation: the amount and the short recipient, announced in the form.
    const form = page.getByRole('form')
    await expect.poll(() => form.getAttribute('data-state'), { timeout: 30_000 }).toBe('success')
    const symbol = tokenText.split(/\s/)[0] ?? ''
    expect(symbol).not.toBe('')
    // "Sent 1.5 EUR-IBEX to 0x1563…5508."
    // (\s: the amount and the symbol are joined by a no-break space.)
    await expect
      .poll(() => form.textContent())
      .toMatch(new RegExp(`1\\.5\\s${symbol} \\S+ ${RECIPIENT.slice(0, 6)}`))
    // Focus stayed in the form while it worked (on the submit button, now "send again").
    expect(await page.evaluate(() => !!document.activeElement?.closest('form'))).toBe(true)
    mkdirSync('.artifacts/browser', { recursive: true })
    await page.screenshot({ path: '.artifacts/browser/journey-keyboard-sent.png', fullPage: true })

    // The account menu: Shift+Tab back up to its trigger, Enter opens it on the first item.
    const trigger = await tabTo({ tag: 'button', name: /account/i, key: 'Shift+Tab', max: 12 })
    expectShown(trigger)
    await page.keyboard.press('Enter')
    const firstItem = await focusLandsOn({ role: 'menuitem', name: /copy/i })
    expectShown(firstItem)
    await page.keyboard.press('ArrowDown')
    expectShown(await focusLandsOn({ role: 'menuitem', name: /explorer|sign out/i }))
    // Escape closes it and gives focus back to the trigger.
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('menu').count()).toBe(0)
    expectShown(await focusLandsOn({ tag: 'button', name: /account/i }))
    expect(await page.getByRole('button', { name: /account/i }).getAttribute('aria-expanded')).toBe(
      'false',
    )
    // Reopen with Space, End to Sign out, Enter.
    await page.keyboard.press('Space')
    await focusLandsOn({ role: 'menuitem', name: /copy/i })
    await page.keyboard.press('End')
    expectShown(await focusLandsOn({ role: 'menuitem', name: /sign out/i }))
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Sign in' }).waitFor()
    expect(await page.getByRole('menu').count()).toBe(0)
    // The menu left with the session; focus is not left on a removed element.
    expect(await page.evaluate(() => document.activeElement?.isConnected)).toBe(true)
  })
})
