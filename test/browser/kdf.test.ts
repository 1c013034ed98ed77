import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'

const vectorAddress = '0xaa53E8Bf3d8EDBd249a0af282b99F101B36ADFE8'

describe.runIf(chromiumPath)('PIN derivation in real Chromium', () => {
  let browser: Browser
  let server: FixtureServer
  let page: Page

  beforeAll(async () => {
    ;[browser, server] = await Promise.all([launchChromium(), serveFixtures()])
    page = await browser.newPage()
    await page.goto(`${server.url}/kdf.html`)
    await page.waitForFunction(() => typeof window.deriveWithLongTasks === 'function')
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
  })

  test('runs in a Worker: the docs/protocol.md vector, and no main-thread task over 50 ms', async () => {
    // Warm up once so the first Vite transform of the worker module does not count.
    await page.evaluate(() => window.deriveWithLongTasks(true))
    const result = await page.evaluate(() => window.deriveWithLongTasks(true))
    expect(result.address).toBe(vectorAddress)
    expect(result.longTasks).toEqual([])
  })

  test('the in-thread fallback gives the same key, and is what blocks the page', async () => {
    // The control: without the worker the same derivation does block, so the observer works.
    const result = await page.evaluate(() => window.deriveWithLongTasks(false))
    expect(result.address).toBe(vectorAddress)
    expect(Math.max(0, ...result.longTasks)).toBeGreaterThan(50)
  })
})
