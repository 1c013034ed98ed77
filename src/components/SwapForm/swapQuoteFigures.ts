import { formatUnits } from 'viem'

/**
 * The rate (bought per one sold) and the minimum received after `slippage` percent, from a
 * quote's base-unit amounts, as exact decimal strings (bigint arithmetic, 18 decimals for the
 * rate).
 *
 * @example
 * swapQuoteFigures({ sellValue: 10n ** 19n, sellTokenDecimals: 18, buyValue: 11n * 10n ** 18n, buyTokenDecimals: 18 }, 0.5)
 * // { rate: '1.1', minimum: '10.945' }
 */
export function swapQuoteFigures(
  quote: {
    sellValue: bigint
    sellTokenDecimals: number
    buyValue: bigint
    buyTokenDecimals: number
  },
  slippage: number,
): { rate: string; minimum: bigint } {
  const scale = 10n ** 18n
  const rate =
    quote.sellValue === 0n
      ? 0n
      : (quote.buyValue * 10n ** BigInt(quote.sellTokenDecimals) * scale) /
        (quote.sellValue * 10n ** BigInt(quote.buyTokenDecimals))
  // Slippage in basis points, so 0.5 % stays exact.
  const bps = BigInt(Math.round(slippage * 100))
  const minimum = (quote.buyValue * (10_000n - bps)) / 10_000n
  return { rate: formatUnits(rate, 18), minimum }
}
