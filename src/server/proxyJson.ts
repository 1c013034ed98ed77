/**
 * A JSON answer of the proxy itself, never cached.
 *
 * @example
 * return proxyJson(200, { session: null })
 */
export function proxyJson(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })
}
