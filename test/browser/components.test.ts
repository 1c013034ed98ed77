import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'

// What jsdom cannot show: real layout, real keyboard and clipboard paste into the one OTP input.
describe.runIf(chromiumPath)('components in real Chromium', () => {
  let browser: Browser
  let server: FixtureServer
  let page: Page

  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launchChromium(), serveFixtures()])
    const context = await browser.newContext({ viewport: { width: 480, height: 900 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    page = await context.newPage()
    await page.goto(`${server.url}/components.html`)
    await page.getByRole('group', { name: 'PIN' }).waitFor()
  })

  afterAll(async () => {
    mkdirSync('.artifacts/browser', { recursive: true })
    await page?.screenshot({ path: '.artifacts/browser/components.png', fullPage: true })
    await browser?.close()
    await server?.close()
  })

  test('PinPad keys are laid out as a grid of touch-size buttons', async () => {
    const pad = page.getByRole('group', { name: 'PIN' })
    const boxes = await Promise.all(
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'].map((digit) =>
        pad.getByRole('button', { name: `Digit ${digit}` }).boundingBox(),
      ),
    )
    for (const box of boxes) {
      expect(box).not.toBeNull()
      expect(box!.width).toBeGreaterThanOrEqual(44)
      expect(box!.height).toBeGreaterThanOrEqual(44)
    }
    // 1-2-3 share a row, 1-4-7 share a column (phone order).
    expect(Math.abs(boxes[0]!.y - boxes[2]!.y)).toBeLessThan(2)
    expect(Math.abs(boxes[0]!.x - boxes[6]!.x)).toBeLessThan(2)
    expect(boxes[3]!.y).toBeGreaterThan(boxes[0]!.y)
  })

  test('PinPad takes a PIN from the physical keyboard and never shows it', async () => {
    await page.getByRole('button', { name: 'Digit 1' }).focus()
    await page.keyboard.type('482916')
    await expect.poll(() => page.evaluate(() => window.completed.pin)).toBe('482916')
    const text = await page.evaluate(() => document.body.innerText + document.body.outerHTML)
    expect(text).not.toContain('482916')
  })

  test('OtpInput accepts a pasted code with separators and completes', async () => {
    const input = page.getByRole('textbox', { name: 'Verification code' })
    await expect.poll(() => input.getAttribute('autocomplete')).toBe('one-time-code')
    await page.evaluate(() => navigator.clipboard.writeText('Your code: 123 456'))
    await input.focus()
    await page.keyboard.press('Control+V')
    await expect.poll(() => page.evaluate(() => window.completed.code)).toBe('123456')
    expect(await input.inputValue()).toBe('123456')
  })

  test('OtpInput takes typed digits and ignores letters', async () => {
    const input = page.getByRole('textbox', { name: 'Verification code' })
    await input.fill('')
    await input.focus()
    await page.keyboard.type('98a7b6')
    expect(await input.inputValue()).toBe('9876')
  })
})
