import type { MockIbexConfig } from '../MockIbexOptions.ts'
import { localRpIds, rpIdForHost } from '../http/resolveRpId.ts'

function hostnameOf(value: string | null | undefined, asHost: boolean): string | undefined {
  if (!value || value === 'null') return undefined
  try {
    return new URL(asHost ? `http://${value}` : value).hostname.toLowerCase()
  } catch {
    return undefined
  }
}

/**
 * The tenant of a WebSocket: `?rpId=` (must be known), else the `Origin` host, else the `Host`
 * header's (docs/protocol.md: "rpId from the host/Origin"); `undefined` when unknown.
 *
 * @example
 * socketRpId(mock.config, { rpId: url.searchParams.get('rpId'), origin: headers.origin, host: headers.host })
 */
export function socketRpId(
  config: MockIbexConfig,
  sources: { rpId?: string | null; origin?: string | null; host?: string | null },
): string | undefined {
  const explicit = sources.rpId?.trim().toLowerCase()
  if (explicit) {
    return localRpIds.includes(explicit) || config.rpIds.includes(explicit) ? explicit : undefined
  }
  const host = hostnameOf(sources.origin, false) ?? hostnameOf(sources.host, true)
  return host === undefined ? undefined : rpIdForHost(host, config.rpIds)
}
