import type { IbexClientConfig } from '../client/IbexClient.ts'
import { buildUrl } from '../http/buildUrl.ts'

/**
 * The WebSocket URL of a client: `/ws` under its `baseUrl`, `http` → `ws` and `https` → `wss`
 * (a relative base such as `/ibex` is resolved against the page), with `?blockchainId=` (browsers
 * cannot set the `X-Blockchain-Id` header on a socket, docs/protocol.md) and, when the client
 * names its tenant, `?rpId=` (the explicit rpId wins over `Origin`).
 *
 * @example
 * realtimeUrl({ baseUrl: 'https://passkeys-testnet.ibex.fi', chainId: 421614, rpId: undefined })
 * // 'wss://passkeys-testnet.ibex.fi/ws?blockchainId=421614'
 */
export function realtimeUrl(
  config: Pick<IbexClientConfig, 'baseUrl' | 'chainId' | 'rpId'>,
): string {
  const url = buildUrl(config.baseUrl, '/ws', { blockchainId: config.chainId, rpId: config.rpId })
  return url.replace(/^http(s?):/i, (_match, secure: string) => `ws${secure}:`)
}
