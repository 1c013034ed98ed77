import { localRpIds } from '../http/resolveRpId.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'

const allowedHeaders = [
  'Authorization',
  'Content-Type',
  'X-RpId',
  'X-Rp-Id',
  'X-Blockchain-Id',
  'X-IBEx-Auth',
  'x-api-key',
  'X-End-User-IP',
  'X-Ibex-Mock-Token',
].join(', ')

/**
 * CORS headers for a browser origin: localhost-like hosts (any port), `allowedOrigins`, and the
 * registered rpIds and their subdomains get their origin echoed; others get none.
 */
export function corsHeaders(
  origin: string | undefined,
  config: MockIbexConfig,
): Record<string, string> {
  if (!origin) return {}
  let host: string
  try {
    host = new URL(origin).hostname.toLowerCase()
  } catch {
    return {}
  }
  const allowed =
    localRpIds.includes(host) ||
    config.allowedOrigins.includes(origin) ||
    config.rpIds.some((rpId) => host === rpId || host.endsWith(`.${rpId}`))
  if (!allowed) return {}
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    'access-control-allow-headers': allowedHeaders,
    'access-control-expose-headers': 'Retry-After',
    'access-control-max-age': '600',
    vary: 'Origin',
  }
}
