import type { MockIbexConfig } from '../MockIbexOptions.ts'
import { chainInfo } from '../wallet/chainCatalog.ts'
import type { MockRouteMode } from './MockRouteQuote.ts'

/** What the route engine can do between two chains. */
export type MockRouteCapabilities = {
  mode: MockRouteMode | 'UNSUPPORTED'
  providers: ('COWSWAP' | '1INCH' | 'BRIDGE')[]
}

/**
 * The route mode between two chains (docs/protocol.md): a swap on one chain where CoW runs, a
 * bridge between two chains where users have Safes, else `UNSUPPORTED`.
 *
 * @example
 * routeCapabilities(config, 421614, 100).mode // 'CROSS_CHAIN_BRIDGE'
 */
export function routeCapabilities(
  config: MockIbexConfig,
  sourceChainId: number,
  destinationChainId: number,
): MockRouteCapabilities {
  const withSafes = (chainId: number) => config.chainIds.includes(chainId)
  if (!withSafes(sourceChainId) || !withSafes(destinationChainId)) {
    return { mode: 'UNSUPPORTED', providers: [] }
  }
  if (sourceChainId === destinationChainId) {
    return chainInfo(sourceChainId).modules.cowswap
      ? { mode: 'SAME_CHAIN_SWAP', providers: ['COWSWAP', '1INCH'] }
      : { mode: 'UNSUPPORTED', providers: [] }
  }
  return { mode: 'CROSS_CHAIN_BRIDGE', providers: ['BRIDGE'] }
}
