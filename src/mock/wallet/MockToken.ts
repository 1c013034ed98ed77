import type { Address } from 'viem'

/** The `type` values of IBEx's token catalogue (docs/protocol.md). */
export type MockTokenType =
  | 'STABLECOIN_EUR'
  | 'STABLECOIN_USD'
  | 'STABLECOIN_GBP'
  | 'STABLECOIN_CHF'
  | 'GAS'
  | 'BLOCKCHAIN'
  | 'WRAPPED'
  | 'AAVE'
  | 'DAO'
  | 'MEMECOIN'
  | 'LOCAL'
  | 'FAKE'
  | 'TEST'
  | 'OTHER'

/**
 * A token the mock IBEx monitors on one chain, with its fixed mock prices.
 *
 * @example
 * const eur: MockToken = findToken(421614, 'EUR-IBEX')
 */
export type MockToken = {
  /** Catalogue id (`/v1.2/chain/tokens`). */
  id: number
  chainId: number
  /** Checksummed; the native coin uses the `0xEeee…EEeE` sentinel. */
  address: Address
  secondaryAddress: Address | null
  symbol: string
  name: string
  decimals: number
  type: MockTokenType
  /** `ERC20` or `NATIVE` (transactions' `tokenType`). */
  tokenType: 'ERC20' | 'NATIVE'
  priceEur: number
  priceUsd: number
  /** `FAUCET_PRICE` for the testnet faucet tokens, `coinbase` for the others. */
  priceSource: string
}
