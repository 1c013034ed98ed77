import { buildUrl } from '../http/buildUrl.ts'
import type { IbexStorageAdapter } from '../storage/IbexStorageAdapter.ts'

/** Header every request to the proxy carries: a cross-site form cannot set it (CSRF). */
export const PROXY_HEADER = 'X-IBEx-Proxy'

/**
 * The session storage of a client with `transport: 'proxy'`: the proxy's HttpOnly cookie, read
 * through `GET <baseUrl>/session` (the user, the times, the pair's opaque id and the short-lived
 * access token; never the refresh token) and cleared by `DELETE <baseUrl>/session`. Writes are
 * no-ops: the proxy set the cookie with the answer that brought the pair. Nothing is read on a
 * server, which has no cookie of the browser's to send.
 *
 * @example
 * const storage = createProxySessionStorage({ baseUrl: '/api/ibex', fetch })
 */
export function createProxySessionStorage(options: {
  baseUrl: string
  fetch: typeof globalThis.fetch
}): IbexStorageAdapter {
  const url = () => buildUrl(options.baseUrl, '/session')
  const headers = { Accept: 'application/json', [PROXY_HEADER]: '1' }
  return {
    async getItem() {
      if (typeof window === 'undefined' && !/^https?:/i.test(options.baseUrl)) return null
      const response = await options.fetch(url(), { headers, credentials: 'same-origin' })
      if (!response.ok) return null
      const body = (await response.json()) as { session?: unknown }
      return body.session ? JSON.stringify(body.session) : null
    },
    setItem() {},
    async removeItem() {
      await options.fetch(url(), { method: 'DELETE', headers, credentials: 'same-origin' })
    },
  }
}
