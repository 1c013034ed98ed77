import { mkdirSync } from 'node:fs'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startMockIbexServer, type MockIbexServer } from '../../src/exports/mock-node.ts'
import { mockApi, signUpApiUser, transferEur, type MockApiCall } from '../core/realtime/apiUsers.ts'
import { chromiumPath, launchChromium } from './utils/chromium.ts'
import { serveFixtures, type FixtureServer } from './utils/serveFixtures.ts'

describe.runIf(chromiumPath)('live updates in real Chromium (two tabs of one user)', () => {
  let browser: Browser
  let fixtures: FixtureServer
  let mock: MockIbexServer

  beforeAll(async () => {
    ;[browser, fixtures, mock] = await Promise.all([
      launchChromium(),
      serveFixtures(),
      startMockIbexServer({ port: 0 }),
    ])
  })

  afterAll(async () => {
    await browser?.close()
    await fixtures?.close()
    await mock?.close()
  })

  /** Calls the mock's HTTP API from the test (other users, not one of the pages). */
  const api: MockApiCall = (method, path, init) => mockApi(mock.url)(method, path, init)

  /**
   * Every IBEx socket any page of the context opens (the Vite HMR socket is left out). A socket
   * counts as open until it closes or its page does (Playwright reports no close for the
   * sockets of a closed page).
   */
  function watchSockets(context: BrowserContext) {
    const sockets: { page: Page; closed: boolean }[] = []
    const log = {
      opened: [] as Page[],
      open: () => sockets.filter((socket) => !socket.closed).length,
      maxOpen: 0,
      /** Frames refusing a duplicate session (the 4003 of IBEx): there must be none. */
      duplicates: 0,
    }
    const watch = (page: Page) => {
      page.on('websocket', (socket) => {
        if (!socket.url().startsWith(`${mock.url.replace('http', 'ws')}/ws`)) return
        const entry = { page, closed: false }
        sockets.push(entry)
        log.opened.push(page)
        log.maxOpen = Math.max(log.maxOpen, log.open())
        socket.on('framereceived', (frame) => {
          if (String(frame.payload).includes('ALREADY_CONNECTED')) log.duplicates++
        })
        socket.on('close', () => {
          entry.closed = true
        })
      })
      page.on('close', () => {
        for (const entry of sockets) if (entry.page === page) entry.closed = true
      })
    }
    context.on('page', watch)
    return log
  }

  /** Requests a page sends to the mock's balances endpoint. */
  function watchBalanceRequests(page: Page, into: string[]) {
    page.on('request', (request) => {
      if (request.url().startsWith(`${mock.url}/v1.2/users/me/balances`)) into.push(request.url())
    })
  }

  async function text(page: Page, testId: string, expected: string | RegExp) {
    await expect
      .poll(() => page.getByTestId(testId).textContent(), { timeout: 15_000 })
      .toMatch(expected)
  }

  test('one socket for two tabs; a transfer updates both without an HTTP balances request; closing the leader hands over; sign-out closes it', async () => {
    const context = await browser.newContext()
    const sockets = watchSockets(context)
    const url = `${fixtures.url}/realtime.html?api=${encodeURIComponent(mock.url)}`
    const receiver = await signUpApiUser(api)

    const first = await context.newPage()
    await first.goto(url)
    await first.waitForFunction(() => typeof window.ibexSignIn === 'function')
    await first.evaluate((body) => window.ibexSignIn?.(body as never), receiver.body)
    await text(first, 'realtime', 'open leader')
    await text(first, 'balance', '100 EUR-IBEX')

    // The second tab reads the session from localStorage and finds the socket taken.
    const second = await context.newPage()
    await second.goto(url)
    await text(second, 'session', 'signed-in')
    await text(second, 'realtime', 'open follower')
    await text(second, 'balance', '100 EUR-IBEX')
    expect(sockets.opened).toEqual([first])
    expect(sockets.open()).toBe(1)

    const balanceRequests: string[] = []
    watchBalanceRequests(first, balanceRequests)
    watchBalanceRequests(second, balanceRequests)
    await transferEur(api, await signUpApiUser(api), receiver.safe, '7')
    await text(first, 'balance', '107 EUR-IBEX')
    await text(second, 'balance', '107 EUR-IBEX')
    expect(balanceRequests).toEqual([])
    mkdirSync('.artifacts/browser', { recursive: true })
    await second.screenshot({ path: '.artifacts/browser/realtime-follower.png' })

    // Closing the leader tab: the other one takes the socket over.
    expect(sockets.maxOpen).toBe(1)
    await first.close()
    await text(second, 'realtime', 'open leader')
    expect(sockets.opened).toEqual([first, second])
    await expect.poll(() => sockets.open()).toBe(1)
    // Playwright may report the new socket before the closed page, so the overlap is judged by
    // IBEx: had both been connected at once, the second would have got ALREADY_CONNECTED.
    expect(sockets.duplicates).toBe(0)

    // A transfer after the hand-over still arrives.
    await transferEur(api, await signUpApiUser(api), receiver.safe, '3')
    await text(second, 'balance', '110 EUR-IBEX')

    await second.getByRole('button', { name: 'Sign out' }).click()
    await text(second, 'realtime', 'closed none')
    await expect.poll(() => sockets.open()).toBe(0)
    await context.close()
  })
})
