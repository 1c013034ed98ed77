// The Next.js example (examples/nextjs) as an integrator ships it: `next start` on its production
// build, the kit's Node mock as its IBEx, and a real Chromium with a virtual passkey.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../src/mock/node/startMockIbexServer.ts'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { pageStorageText } from './utils/pageStorageText.ts'
import { addVirtualAuthenticator } from './utils/virtualAuthenticator.ts'

const exampleDir = fileURLToPath(new URL('../../examples/nextjs/', import.meta.url))
const nextBin = `${exampleDir}node_modules/next/dist/bin/next`
const built = existsSync(`${exampleDir}.next/BUILD_ID`) && existsSync(nextBin)
if (!built) {
  console.log(
    '[browser tests] examples/nextjs is not built (.ci/run builds it: npm ci && next build in examples/nextjs): the Next.js test did not run.',
  )
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

// Loaded into the Next.js process: it exits when the test process is gone (its parent changes),
// so a crashed or killed test run leaves no server behind.
const WATCHDOG = `data:text/javascript,${encodeURIComponent(
  'const parent = process.ppid; setInterval(() => { if (process.ppid !== parent) process.exit(0) }, 1000).unref()',
)}`

/** `next start` on 127.0.0.1; resolves once it answers. */
async function startNext(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    ['--import', WATCHDOG, nextBin, 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: exampleDir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://localhost:${port}`
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`)
    try {
      const response = await fetch(`http://127.0.0.1:${port}/`)
      if (response.ok) return { url, child }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

const HYDRATION = /hydrat|did not match|#418|#419|#423|#425/i

describe.runIf(chromiumPath && built)(
  'examples/nextjs: server-rendered session behind the proxy',
  () => {
    let mockServer: MockIbexServer
    let next: { url: string; child: ChildProcess }
    let browser: Browser
    let context: BrowserContext
    let page: Page
    // Every pair IBEx issued, as IBEx sent it, and when.
    const issued: { access_token: string; refresh_token: string; at: number }[] = []
    // Every path that reached IBEx.
    const upstreamPaths: string[] = []
    let mock: ReturnType<typeof createMockIbex>
    const consoleLines: string[] = []
    const browserRequests: string[] = []

    beforeAll(async () => {
      mock = createMockIbex({ seed: 'nextjs-example' })
      const wrapped = {
        ...mock,
        async handle(request: Request, options?: { basePath?: string | undefined }) {
          upstreamPaths.push(new URL(request.url).pathname)
          const response = await mock.handle(request, options)
          const body = await response
            .clone()
            .json()
            .catch(() => null)
          if (body && typeof body.refresh_token === 'string')
            issued.push({ ...body, at: Date.now() })
          return response
        },
      }
      mockServer = await startMockIbexServer({ port: 0, host: '127.0.0.1', mock: wrapped })
      next = await startNext({
        IBEX_URL: mockServer.url,
        IBEX_SESSION_SECRET: randomBytes(32).toString('base64url'),
        IBEX_RP_ID: 'localhost',
        IBEX_REALTIME_URL: `${mockServer.url.replace(/^http/, 'ws')}/ws?blockchainId=421614&rpId=localhost`,
      })
      browser = await launchChromium()
      context = await browser.newContext()
      page = await context.newPage()
      page.on('console', (message) => consoleLines.push(`${message.type()}: ${message.text()}`))
      page.on('pageerror', (error) => consoleLines.push(`pageerror: ${error.message}`))
      page.on('request', (request) => browserRequests.push(request.url()))
      await addVirtualAuthenticator(page)
    })

    afterAll(async () => {
      await browser?.close()
      next?.child.kill('SIGTERM')
      await mockServer?.close()
    })

    test('sign-up → reload: the server HTML is signed in with the balance, hydration is clean, and no token is within reach of scripts', async () => {
      await page.goto(next.url)
      await page.getByTestId('signed-out').waitFor()
      await page.locator('button[data-mode="sign-up"]').click()
      await page.getByTestId('signed-in').waitFor()
      const userId = (await page.getByTestId('user-id').textContent()) ?? ''
      expect(userId).not.toBe('')
      await page.getByTestId('balances').getByText('100 EUR-IBEX').waitFor()

      // What the server sends for the page, before any script runs.
      const html = await (await context.request.get(next.url)).text()
      expect(html).toContain('data-testid="signed-in"')
      expect(html).toContain(userId)
      expect(html).toContain('100 EUR-IBEX')
      expect(html).not.toContain('Loading')

      // A real reload: signed in from the first paint, and the balances came with the HTML.
      const requestsBefore = browserRequests.length
      await page.reload()
      await page.getByTestId('balances').getByText('100 EUR-IBEX').waitFor()
      await page.waitForLoadState('networkidle')
      const afterReload = browserRequests.slice(requestsBefore)
      // Live updates open with the access token the page fetched from the proxy.
      await page.getByTestId('realtime').getByText('Live updates: open').waitFor()
      // The only call to the proxy is the WebSocket's access token (`GET /api/ibex/session`).
      expect(
        afterReload.filter(
          (url) => url.includes('/api/ibex/') && !url.endsWith('/api/ibex/session'),
        ),
      ).toEqual([])
      expect(consoleLines.filter((line) => HYDRATION.test(line))).toEqual([])
      expect(consoleLines.filter((line) => line.startsWith('pageerror'))).toEqual([])

      // No token where a script could read it: the cookie is HttpOnly, storage is empty of them.
      expect(issued.length).toBeGreaterThan(0)
      const cookies = await context.cookies()
      const session = cookies.find((cookie) => cookie.name === 'ibex-session')
      expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })
      const documentCookie = await page.evaluate(() => document.cookie)
      const storage = await pageStorageText(page)
      for (const pair of issued) {
        for (const token of [pair.access_token, pair.refresh_token]) {
          expect(documentCookie).not.toContain(token)
          expect(storage).not.toContain(token)
          expect(session?.value).not.toContain(token)
        }
      }
      expect(documentCookie).not.toContain('ibex-session')

      // CORS is not needed: the page never called IBEx's origin over HTTP (only the WebSocket,
      // which has no CORS).
      expect(browserRequests.filter((url) => url.startsWith(mockServer.url))).toEqual([])
    })

    test('sign-out clears the cookie; the server HTML is signed out again', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click()
      await page.getByTestId('signed-out').waitFor()
      expect((await context.cookies()).some((cookie) => cookie.name === 'ibex-session')).toBe(false)
      const html = await (await context.request.get(next.url)).text()
      expect(html).toContain('data-testid="signed-out"')
      expect(consoleLines.filter((line) => HYDRATION.test(line))).toEqual([])
    })

    test('access token expired, two tabs open at once: the server renders signed in without refreshing, the tabs refresh once between them', async () => {
      const refreshes = () => upstreamPaths.filter((path) => path === '/v1.2/auth/refresh').length
      // Sign in with tokens that live 4 s, then leave the page.
      mock.setFaults({ accessTokenTtl: 4 })
      await page.locator('button[data-mode="sign-in"]').click()
      await page.getByTestId('signed-in').waitFor()
      await page.goto('about:blank')
      mock.setFaults({ accessTokenTtl: null })
      const lastIssued = Math.max(...issued.map((pair) => pair.at))
      await expect.poll(() => Date.now() > lastIssued + 4_500, { timeout: 30_000 }).toBe(true)
      const before = refreshes()

      // The server: signed in from the cookie, balances left to the browser, no refresh.
      const html = await (await context.request.get(next.url)).text()
      expect(html).toContain('data-testid="signed-in"')
      expect(html).not.toContain('100 EUR-IBEX')
      expect(refreshes()).toBe(before)

      const tabs = await Promise.all([context.newPage(), context.newPage()])
      await Promise.all(tabs.map((tab) => tab.goto(next.url)))
      for (const tab of tabs) {
        await tab.getByTestId('balances').getByText('100 EUR-IBEX').waitFor()
      }
      expect(refreshes() - before).toBe(1)
      expect(consoleLines.filter((line) => HYDRATION.test(line))).toEqual([])
      await Promise.all(tabs.map((tab) => tab.close()))
    })
  },
)
