import type { Address, Hex } from 'viem'
import type { MockToken } from '../wallet/MockToken.ts'

/** A swap quote of `GET /v1.2/safes/swap/quote`, kept for `SWAP_FROM_QUOTE` (single use). */
export type MockQuote = {
  quoteId: string
  externalUserId: string
  chainId: number
  safeAddress: Address
  sellToken: MockToken
  buyToken: MockToken
  /** Base units, fee included (what leaves the Safe). */
  sellAmount: bigint
  /** Base units of the sell token, part of `sellAmount`. */
  feeAmount: bigint
  /** Base units of the buy token (what arrives). */
  buyAmount: bigint
  /** Unix seconds. */
  validTo: number
  bestProvider: 'COWSWAP' | '1INCH'
  /** What each asked provider offered (base units), for `comparisons`. */
  comparisons: {
    cowswap?: { buyAmount: bigint; feeAmount: bigint }
    oneinch?: { buyAmount: bigint }
  }
  orderUid: Hex
  used: boolean
}
