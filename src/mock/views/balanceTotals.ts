import { formatUnits } from 'viem'
import { eurUsdRate } from '../wallet/tokenCatalog.ts'
import type { BalanceRow } from './balanceRows.ts'

/**
 * The `totals` block of a balances response (docs/protocol.md); the mock has no fiat accounts.
 *
 * @example
 * balanceTotals(rows).grand_total_value_eur // '200.00'
 */
export function balanceTotals(rows: readonly BalanceRow[]): Record<string, string | number> {
  let eur = 0
  let usd = 0
  for (const { token, amount } of rows) {
    const units = Number(formatUnits(amount, token.decimals))
    eur += units * token.priceEur
    usd += units * token.priceUsd
  }
  return {
    crypto_total_value_eur: eur.toFixed(2),
    fiat_total_value_eur: '0.00',
    grand_total_value_eur: eur.toFixed(2),
    crypto_total_value_usd: usd.toFixed(2),
    fiat_total_value_usd: '0.00',
    grand_total_value_usd: usd.toFixed(2),
    conversion_rate_eur_usd: eurUsdRate,
  }
}
