import { parseUnits } from 'viem'
import type { MockToken } from '../wallet/MockToken.ts'

/** A price as 18-decimal fixed point, from its shortest decimal form (no float noise). */
function fixedPoint(price: number): bigint {
  const text = String(price)
  return parseUnits(text.includes('e') ? price.toFixed(18) : text, 18)
}

/**
 * What `amount` base units of `sell` buy of `buy` at the mock's fixed USD prices (exact for the
 * EUR and USD stablecoins), in `buy` base units (bigint arithmetic, rounded down).
 *
 * @example
 * quoteRate(eurIbex, usdIbex, 10n ** 18n) // 1.1797 USD-IBEX
 */
export function quoteRate(sell: MockToken, buy: MockToken, amount: bigint): bigint {
  return (
    (amount * fixedPoint(sell.priceUsd) * 10n ** BigInt(buy.decimals)) /
    (fixedPoint(buy.priceUsd) * 10n ** BigInt(sell.decimals))
  )
}
