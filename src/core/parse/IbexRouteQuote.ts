import type { Address } from 'viem'

/** How a route moves funds: a swap on one chain, or a bridge to another. */
export type IbexRouteMode = 'SAME_CHAIN_SWAP' | 'CROSS_CHAIN_BRIDGE' | (string & {})

/** One offer IBEx compared for a route. */
export type IbexRouteCandidate = {
  provider: string | undefined
  buyAmount: string | undefined
  feeAmount: string | undefined
}

/**
 * A route quote (`useRouteQuote().data`) of `POST /v1.2/safes/routes/quote` (docs/protocol.md):
 * `routeId` is what `useRoute` executes (`ROUTE_FROM_QUOTE`) and `useRouteStatus` follows.
 * Amounts are human decimal strings as IBEx sent them; `expiresAt` is ms since the epoch.
 *
 * @example
 * <p>{quote.sellAmount} on chain {quote.sourceChainId} → {quote.buyAmount} on chain {quote.destinationChainId}</p>
 */
export type IbexRouteQuote = {
  routeId: string
  mode: IbexRouteMode
  provider: string
  sourceChainId: number
  destinationChainId: number
  sellToken: Address
  buyToken: Address
  sellAmount: string
  buyAmount: string
  /** In the sell token; `"0"` when IBEx names no fee. */
  feeAmount: string
  expiresAt: number
  candidates: IbexRouteCandidate[]
}
