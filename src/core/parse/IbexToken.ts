import type { Address } from 'viem'

/**
 * A token of a chain (`useTokens().data` items), from the user's list (`GET /users/me/tokens`)
 * or the catalogue (`GET /chain/tokens`).
 *
 * @example
 * const eur = tokens.find((token) => token.chainId === 421614 && token.symbol === 'EUR-IBEX')
 */
export type IbexToken = {
  chainId: number
  /** Checksummed. */
  address: Address
  secondaryAddress: string | undefined
  symbol: string
  name: string | undefined
  decimals: number
  /** `STABLECOIN_EUR`, `GAS`, `WRAPPED` … (docs/protocol.md). */
  type: string | undefined
  active: boolean
  iconUrl: string | undefined
}
