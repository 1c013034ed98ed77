import { formatUnits } from 'viem'

/**
 * The fiat value of `amount` base units at `price`, as IBEx writes `value_*`: 2 decimals.
 *
 * @example
 * moneyValue(2_000_000_000_000_000_000n, 18, 1.1797) // '2.36'
 */
export function moneyValue(amount: bigint, decimals: number, price: number): string {
  return (Number(formatUnits(amount, decimals)) * price).toFixed(2)
}
