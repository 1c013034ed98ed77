import type { Address } from 'viem'
import type { MockToken } from '../wallet/MockToken.ts'

/** How a route moves funds (docs/protocol.md). */
export type MockRouteMode = 'SAME_CHAIN_SWAP' | 'CROSS_CHAIN_BRIDGE'

/**
 * A route quote of `POST /v1.2/safes/routes/quote`, kept for `ROUTE_FROM_QUOTE` (single use):
 * sell on the source chain from the Safe there, receive on the destination chain in the user's
 * Safe there.
 */
export type MockRouteQuote = {
  routeId: string
  externalUserId: string
  mode: MockRouteMode
  provider: 'COWSWAP' | '1INCH' | 'BRIDGE'
  sourceChainId: number
  destinationChainId: number
  /** The Safe that pays, on the source chain. */
  safeAddress: Address
  /** The user's Safe on the destination chain, credited by the second leg. */
  destinationSafe: Address
  sellToken: MockToken
  buyToken: MockToken
  /** Base units of the sell token, fee included (what leaves the Safe). */
  sellAmount: bigint
  /** Base units of the sell token, part of `sellAmount`. */
  feeAmount: bigint
  /** Base units of the buy token (what arrives). */
  buyAmount: bigint
  createdAt: number
  /** Unix seconds. */
  validTo: number
  used: boolean
  /** The destination leg was credited (cross-chain routes). */
  credited: boolean
}
