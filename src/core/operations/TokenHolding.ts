import type { Address } from 'viem'

/**
 * A token of the Safe as an operation checks amounts against it: the addresses it answers to
 * (the native coin also to `0xEeee…EEeE` and the zero address), decimals, and the balance in
 * base units.
 *
 * @example
 * const eur: TokenHolding = { addresses: ['0x18e6…'], symbol: 'EUR-IBEX', decimals: 18, balance: 10n ** 20n, native: false }
 */
export type TokenHolding = {
  addresses: Address[]
  symbol: string | undefined
  decimals: number
  balance: bigint
  native: boolean
}
