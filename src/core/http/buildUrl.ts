import type { IbexQuery } from './IbexRequestOptions.ts'

/**
 * Joins the base URL, the path and the query. A relative base (a same-origin proxy such as
 * `/ibex`) is resolved against the page's location when there is one, because `fetch`
 * implementations outside the browser reject relative URLs.
 *
 * @example
 * buildUrl('https://passkeys-testnet.ibex.fi/', '/v1.2/auth/sign-in', { wallet: 'kdf' })
 * // 'https://passkeys-testnet.ibex.fi/v1.2/auth/sign-in?wallet=kdf'
 */
export function buildUrl(baseUrl: string, path: string, query?: IbexQuery): string {
  let url = baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`)
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null) search.append(key, String(value))
  }
  const queryString = search.toString()
  if (queryString) url += `${url.includes('?') ? '&' : '?'}${queryString}`
  if (/^[a-z][a-z\d+.-]*:/i.test(url)) return url
  const here = (globalThis as { location?: { href?: string } }).location?.href
  return here ? new URL(url, here).href : url
}
