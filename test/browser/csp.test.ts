import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'

// A strict policy as a security-minded app would send it, on the page and on the worker script
// (a dedicated worker gets the policy of its own response). Vite's dev client needs the socket.
const strict = (scriptSrc: string) =>
  [
    "default-src 'self'",
    `script-src ${scriptSrc}`,
    "worker-src 'self'",
    "connect-src 'self' ws://localhost:*",
    "style-src 'self' 'unsafe-inline'",
  ].join('; ')

describe.runIf(chromiumPath)(
  'PIN derivation under a strict Content-Security-Policy (Chromium)',
  () => {
    let browser: Browser
    let server: FixtureServer
    let policy = strict("'self'")

    beforeAll(async () => {
      ;[browser, server] = await Promise.all([
        launchChromium(),
        serveFixtures({ headers: () => ({ 'Content-Security-Policy': policy }) }),
      ])
    })

    afterAll(async () => {
      await browser?.close()
      await server?.close()
    })

    async function openUnder(csp: string): Promise<Page> {
      policy = csp
      const page = await browser.newPage()
      await page.goto(`${server.url}/csp.html`)
      await page.waitForFunction(() => typeof window.deriveUnderCsp === 'function')
      return page
    }

    test("without 'wasm-unsafe-eval': signer/csp-blocked naming the directive, in a worker and in the page", async () => {
      const page = await openUnder(strict("'self'"))
      for (const worker of [true, false]) {
        const outcome = await page.evaluate((inWorker) => window.deriveUnderCsp(inWorker), worker)
        expect(outcome).toMatchObject({ ok: false, code: 'signer/csp-blocked' })
        expect(outcome.ok === false && outcome.message).toContain("script-src 'wasm-unsafe-eval'")
      }
      await page.close()
    })

    test("without 'wasm-unsafe-eval', a prewarmed worker reports the same signer/csp-blocked", async () => {
      const page = await openUnder(strict("'self'"))
      const outcome = await page.evaluate(() => window.deriveUnderCsp(true, true))
      expect(outcome).toMatchObject({ ok: false, code: 'signer/csp-blocked' })
      expect(outcome.ok === false && outcome.message).toContain("script-src 'wasm-unsafe-eval'")
      await page.close()
    })

    test("with script-src 'wasm-unsafe-eval' and worker-src 'self': the derivation runs", async () => {
      const page = await openUnder(strict("'self' 'wasm-unsafe-eval'"))
      for (const prewarm of [false, true]) {
        const outcome = await page.evaluate((first) => window.deriveUnderCsp(true, first), prewarm)
        expect(outcome).toMatchObject({
          ok: true,
          publicKey: expect.stringMatching(/^0x[0-9a-fA-F]{40}$/),
        })
      }
      await page.close()
    })
  },
)
