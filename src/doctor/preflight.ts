/** What a CORS preflight answered for one method and header set. */
export type PreflightVerdict = {
  ok: boolean
  /** Headers (lower case) the answer does not allow. */
  refusedHeaders: string[]
  /** Why it is refused, when it is. */
  problem: string | undefined
}

function listOf(value: string | null): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean)
}

/**
 * Sends the browser's preflight (`OPTIONS` with `Origin`, `Access-Control-Request-Method` and
 * `-Headers`) and reads it as a browser would: the origin echoed (or `*`), the method listed
 * (simple methods need not be), and every header listed (`*` does not cover `Authorization`).
 */
export async function preflight(
  fetcher: typeof fetch,
  url: string,
  origin: string,
  method: string,
  headers: readonly string[],
): Promise<PreflightVerdict> {
  const response = await fetcher(url, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': method,
      ...(headers.length > 0 ? { 'Access-Control-Request-Headers': headers.join(',') } : {}),
    },
  })
  await response.arrayBuffer()
  const allowOrigin = response.headers.get('access-control-allow-origin')
  if (response.status < 200 || response.status > 299) {
    return { ok: false, refusedHeaders: [], problem: `OPTIONS answered ${response.status}` }
  }
  if (allowOrigin !== origin && allowOrigin !== '*') {
    return {
      ok: false,
      refusedHeaders: [],
      problem: `no Access-Control-Allow-Origin for ${origin} (got ${allowOrigin ?? 'none'})`,
    }
  }
  const methods = listOf(response.headers.get('access-control-allow-methods'))
  const simple = ['get', 'head', 'post'].includes(method.toLowerCase())
  if (!simple && !methods.includes(method.toLowerCase()) && !methods.includes('*')) {
    return { ok: false, refusedHeaders: [], problem: `${method} is not an allowed method` }
  }
  const allowed = listOf(response.headers.get('access-control-allow-headers'))
  const refusedHeaders = headers
    .map((header) => header.toLowerCase())
    .filter(
      (header) =>
        !allowed.includes(header) && !(allowed.includes('*') && header !== 'authorization'),
    )
  return {
    ok: refusedHeaders.length === 0,
    refusedHeaders,
    problem:
      refusedHeaders.length === 0 ? undefined : `headers not allowed: ${refusedHeaders.join(', ')}`,
  }
}
