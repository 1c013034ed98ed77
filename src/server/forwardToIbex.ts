import type { CreateIbexProxyOptions } from './createIbexProxy.ts'
import { proxyRefusal } from './proxyRefusal.ts'

// Forwarded from the browser as they are; anything else (cookies, tokens, hop-by-hop headers,
// `Host`, `Origin`, `Accept-Encoding` …) stays here.
const FORWARDED_REQUEST_HEADERS = ['accept', 'content-type', 'x-blockchain-id', 'accept-language']
// Dropped from IBEx's answers: hop-by-hop headers, encodings that `fetch` already undid, and
// cookies and CORS headers that belong to IBEx's origin, not this one.
const DROPPED_RESPONSE_HEADERS = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'content-encoding',
  'content-length',
  'set-cookie',
  'strict-transport-security',
])

/**
 * One call forwarded to IBEx with only the allowed request headers, the tenant and the bearer
 * added here; IBEx's answer comes back without hop-by-hop, encoding, cookie and CORS headers. A
 * redirect is refused (it could carry the token to another host); an unreachable IBEx is 502.
 *
 * @example
 * const answer = await forwardToIbex(target, request, url, '/v1.2/users/me', 'GET', undefined, { tenant, bearer })
 */
export async function forwardToIbex(
  target: { fetchIbex: NonNullable<CreateIbexProxyOptions['fetch']>; ibexBase: string },
  request: Request,
  url: URL,
  path: string,
  method: string,
  body: string | undefined,
  auth: { tenant: string; bearer: string | undefined },
): Promise<Response> {
  const headers = new Headers()
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name)
    if (value !== null) headers.set(name, value)
  }
  if (body !== undefined && !headers.has('content-type'))
    headers.set('content-type', 'application/json')
  // IBEx may read either spelling.
  headers.set('X-RpId', auth.tenant)
  headers.set('X-Rp-Id', auth.tenant)
  if (auth.bearer !== undefined) headers.set('Authorization', `Bearer ${auth.bearer}`)
  let upstream: Response
  try {
    upstream = await target.fetchIbex(`${target.ibexBase}${path}${url.search}`, {
      method,
      headers,
      body,
      // A redirect is not followed: it could carry the token to another host.
      redirect: 'manual',
      signal: request.signal,
    })
  } catch (error) {
    return proxyRefusal(502, 'PROXY_UPSTREAM_FAILED', `IBEx could not be reached: ${String(error)}`)
  }
  if (upstream.status >= 300 && upstream.status < 400) {
    return proxyRefusal(
      502,
      'PROXY_REDIRECT_REFUSED',
      'IBEx answered with a redirect, which the proxy does not follow.',
    )
  }
  const responseHeaders = new Headers()
  upstream.headers.forEach((value, name) => {
    const lower = name.toLowerCase()
    if (!DROPPED_RESPONSE_HEADERS.has(lower) && !lower.startsWith('access-control-')) {
      responseHeaders.set(name, value)
    }
  })
  const text = upstream.status === 204 ? null : await upstream.text()
  return new Response(text, { status: upstream.status, headers: responseHeaders })
}
