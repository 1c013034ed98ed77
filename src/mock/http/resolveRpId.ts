/** Hosts IBEx maps to a development tenant without registration (docs/protocol.md). */
export const localRpIds: readonly string[] = ['localhost', '127.0.0.1', '[::1]']

function normalise(host: string): string {
  const lower = host.trim().toLowerCase()
  return lower.includes(':') && !lower.startsWith('[') ? `[${lower}]` : lower
}

function hostOf(url: string | null): string | undefined {
  if (!url || url === 'null') return undefined
  try {
    return new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * A page host maps to its own rpId when known, else to the nearest registered parent domain
 * (`undefined` when none). The WebSocket adapters use it for `Origin` and `Host`.
 *
 * @example
 * rpIdForHost('app.example.com', ['example.com']) // 'example.com'
 */
export function rpIdForHost(host: string, registered: readonly string[]): string | undefined {
  if (localRpIds.includes(host)) return host
  for (
    let candidate = host;
    candidate.includes('.');
    candidate = candidate.slice(candidate.indexOf('.') + 1)
  ) {
    if (registered.includes(candidate)) return candidate
  }
  return undefined
}

/**
 * The tenant of a request, in IBEx's order: `?rpId=`, then `X-RpId` / `X-Rp-Id`, then the
 * `Origin` host, then the `Referer` host. An explicit rpId must be known as given; a page host
 * may be a subdomain of a registered rpId. `undefined` = unknown (IBEx answers 400).
 */
export function resolveRpId(
  request: Request,
  url: URL,
  registered: readonly string[],
): string | undefined {
  const explicit =
    url.searchParams.get('rpId') ?? request.headers.get('x-rpid') ?? request.headers.get('x-rp-id')
  if (explicit) {
    const rpId = normalise(explicit)
    return localRpIds.includes(rpId) || registered.includes(rpId) ? rpId : undefined
  }
  const host = hostOf(request.headers.get('origin')) ?? hostOf(request.headers.get('referer'))
  return host === undefined ? undefined : rpIdForHost(host, registered)
}
