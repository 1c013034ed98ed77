import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { recordStoryEvents, type FinishedStory } from '../visual/recordStoryEvents.ts'
import { chromiumPath, launchChromium } from './utils/chromium.ts'

const run = promisify(execFile)

async function waitForFinished(page: Page, storyId: string): Promise<FinishedStory> {
  const handle = await page.waitForFunction(
    (id) => window.__finishedStories?.find((story) => story.storyId === id),
    storyId,
    { timeout: 30_000 },
  )
  return (await handle.jsonValue()) as FinishedStory
}

// What CI cannot see in jsdom: every story of the built Storybook, in real Chromium, with the MSW
// Service Worker answering as the mock IBEx, the software authenticator, real layout and the a11y
// addon's own axe run (colour contrast included) after each play.
describe.runIf(chromiumPath)('the built Storybook in real Chromium', () => {
  let outDir: string
  let server: PreviewServer
  let baseUrl: string
  let browser: Browser
  let context: BrowserContext
  let storyIds: string[]

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'ibex-storybook-'))
    // The npm script, so its prebuild step (the MSW worker script) runs as in CI.
    await run('npm', ['run', 'build-storybook', '--', '-o', outDir, '--quiet'], {
      maxBuffer: 64 * 1024 * 1024,
    })
    ;[server, browser] = await Promise.all([
      preview({
        configFile: false,
        logLevel: 'error',
        build: { outDir },
        preview: { host: 'localhost', port: 0, strictPort: false },
      }),
      launchChromium(),
    ])
    const address = server.httpServer.address()
    if (!address || typeof address === 'string') throw new Error('preview server has no port')
    // localhost: a secure context, as Service Workers and WebAuthn need.
    baseUrl = `http://localhost:${address.port}`
    const index = (await (await fetch(`${baseUrl}/index.json`)).json()) as {
      entries: Record<string, { id: string; type: string }>
    }
    storyIds = Object.values(index.entries)
      .filter((entry) => entry.type === 'story')
      .map((entry) => entry.id)
    context = await browser.newContext({ viewport: { width: 1024, height: 800 } })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    if (outDir) rmSync(outDir, { recursive: true, force: true })
  })

  test('a direct link to the passkey flow plays it: sign up, sign out, sign in', async () => {
    const page = await context.newPage()
    const id = 'flows-passkey--sign-up-sign-out-sign-in'
    await page.goto(`${baseUrl}/iframe.html?id=${id}&viewMode=story`)
    // The recorder listens on the preview's channel as soon as it exists; the flow's play takes
    // seconds more (a passkey sign-up, sign-out and sign-in).
    await page.waitForFunction(recordStoryEvents)
    const finished = await waitForFinished(page, id)
    expect(finished).toMatchObject({ status: 'success', a11y: ['passed'], errors: [] })
    await expect
      .poll(() => page.getByTestId('safe-address').textContent())
      .toMatch(/^0x[0-9a-fA-F]{40}$/)
    // The requests went to the Service Worker, not to the static server.
    expect(
      await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null),
    ).toMatch(/\/mockServiceWorker\.js$/)
    mkdirSync('.artifacts/browser', { recursive: true })
    await page.screenshot({ path: '.artifacts/browser/storybook-passkey-flow.png', fullPage: true })
    await page.close()
  })

  test('every story passes its play function with no a11y violations, in one session', async () => {
    expect(storyIds).toEqual(
      expect.arrayContaining([
        'components-passkeybutton--sign-in',
        'flows-passkey--sign-up-sign-out-sign-in',
      ]),
    )
    const page = await context.newPage()
    // A docs page first, so that every story below is selected, not loaded.
    await page.goto(`${baseUrl}/iframe.html?id=welcome--docs&viewMode=docs`)
    await page.waitForFunction(recordStoryEvents)
    const results: FinishedStory[] = []
    for (const storyId of storyIds) {
      // Story switches as the manager makes them: one page, one mock IBEx for all stories.
      await page.evaluate((id) => {
        window.__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', {
          storyId: id,
          viewMode: 'story',
        })
      }, storyId)
      results.push(await waitForFinished(page, storyId))
    }
    const failures = results.filter(
      (story) =>
        story.status !== 'success' ||
        story.a11y.join() !== 'passed' ||
        story.violations.length > 0 ||
        story.errors.length > 0,
    )
    expect(failures).toEqual([])
    expect(results).toHaveLength(storyIds.length)
    await page.close()
  })
})
