// A browser, tabs, and proxy instances in one process: the mock IBEx behind one or more
// `createIbexProxy` instances (like replicas of a serverless app, sharing only the secret), a
// cookie jar standing in for the browser's, and clients with `transport: 'proxy'` whose fetch
// reaches one instance each. Every request that reaches IBEx is logged.
import { onTestFinished } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../src/core/client/IbexClient.ts'
import { createMockIbex, type MockIbex } from '../../src/mock/createMockIbex.ts'
import type { MockIbexOptions } from '../../src/mock/MockIbexOptions.ts'
import {
  createIbexProxy,
  type CreateIbexProxyOptions,
  type IbexProxy,
} from '../../src/server/createIbexProxy.ts'

export const SECRET = 'test-secret-0123456789-abcdefghijklmnop'
const IBEX_URL = 'https://ibex.upstream.test'

/** One request as it reached IBEx (after the proxy). */
export type UpstreamRequest = { method: string; path: string; headers: Headers; body: string }
/** One request as the browser sent it (before the proxy). */
export type BrowserRequest = { method: string; url: string; headers: Headers }

/** The shared state of one simulated browser and its servers. */
export type ProxyHarness = {
  mock: MockIbex
  /** Requests that reached IBEx, in order. */
  upstream: UpstreamRequest[]
  /** Requests the browser clients sent, in order. */
  browser: BrowserRequest[]
  /** The bodies IBEx answered, in order. */
  upstreamAnswers: string[]
  /** The bodies and headers the browser received, in order. */
  browserAnswers: string[]
  /** The browser's cookies (name → value). */
  jar: Map<string, string>
  /** Every `Set-Cookie` the browser received. */
  setCookies: string[]
  /** The clock of the mock, the proxies and the clients, ms. */
  clock: { now: number }
  /** A new server instance (same secret unless given). */
  proxy(options?: Partial<CreateIbexProxyOptions>): IbexProxy
  /** A browser tab whose calls all reach `instance`. */
  tab(instance: IbexProxy, options?: Partial<CreateIbexClientOptions>): IbexClient
  /** The browser's `Cookie` header. */
  cookieHeader(): string
}

export function createProxyHarness(options: { mock?: MockIbexOptions } = {}): ProxyHarness {
  const clock = { now: Date.now() }
  const now = () => clock.now
  const mock = createMockIbex({ seed: 'proxy-tests', now, ...options.mock })
  const upstream: UpstreamRequest[] = []
  const browser: BrowserRequest[] = []
  const upstreamAnswers: string[] = []
  const browserAnswers: string[] = []
  const jar = new Map<string, string>()
  const setCookies: string[] = []
  const channel = `ibex-proxy-test-${Math.random().toString(36).slice(2)}`

  const upstreamFetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init)
    const url = new URL(request.url)
    upstream.push({
      method: request.method,
      path: url.pathname,
      headers: new Headers(request.headers),
      body: await request.clone().text(),
    })
    const response = await mock.handle(request)
    upstreamAnswers.push(await response.clone().text())
    return response
  }

  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')

  return {
    mock,
    upstream,
    browser,
    upstreamAnswers,
    browserAnswers,
    jar,
    setCookies,
    clock,
    cookieHeader,
    proxy: (overrides = {}) =>
      createIbexProxy({
        baseUrl: IBEX_URL,
        secret: SECRET,
        rpId: 'localhost',
        fetch: upstreamFetch,
        now,
        ...overrides,
      }),
    tab(instance, overrides = {}) {
      const browserFetch: typeof fetch = async (input, init) => {
        const url = new URL(String(input), window.location.href)
        const headers = new Headers(init?.headers)
        browser.push({
          method: init?.method ?? 'GET',
          url: url.href,
          headers: new Headers(headers),
        })
        // What the browser adds on its own to a same-origin request.
        if (jar.size > 0) headers.set('cookie', cookieHeader())
        const response = await instance.handle(new Request(url, { ...init, headers }))
        browserAnswers.push(
          `${JSON.stringify([...response.headers])}\n${await response.clone().text()}`,
        )
        for (const line of response.headers.getSetCookie()) {
          setCookies.push(line)
          const [pair = ''] = line.split(';')
          const index = pair.indexOf('=')
          const name = pair.slice(0, index)
          const value = pair.slice(index + 1)
          if (/max-age=0(;|$)/i.test(line) || value === '') jar.delete(name)
          else jar.set(name, value)
        }
        return response
      }
      const client = createIbexClient({
        transport: 'proxy',
        baseUrl: '/api/ibex',
        rpId: 'localhost',
        fetch: browserFetch,
        crossTab: { channelName: channel },
        now,
        ...overrides,
      })
      onTestFinished(() => client.destroy())
      return client
    },
  }
}
