import { formatUnits } from 'viem'
import type { MockToken } from '../wallet/MockToken.ts'
import { moneyValue } from './moneyValue.ts'

/**
 * One token of a balances response (docs/protocol.md): `balance` a decimal string, `price_*`
 * numbers and `value_*` 2-decimal strings (left out when prices are not asked for).
 *
 * @example
 * tokenBalanceEntry(token, 10n ** 18n, { includePrices: true, now: Date.now() }).balance // '1'
 */
export function tokenBalanceEntry(
  token: MockToken,
  amount: bigint,
  options: { includePrices: boolean; now: number },
): Record<string, unknown> {
  const entry: Record<string, unknown> = {
    tokenAddress: token.address,
    primaryAddress: token.address,
    secondaryAddress: token.secondaryAddress,
    active: true,
    status: 'active',
    source: 'ledger',
    blockchainId: String(token.chainId),
    symbol: token.symbol,
    name: token.name,
    tokenType: token.tokenType,
    decimals: token.decimals,
    balance: formatUnits(amount, token.decimals),
  }
  if (!options.includePrices) return entry
  return {
    ...entry,
    price_usd: token.priceUsd,
    price_eur: token.priceEur,
    value_usd: moneyValue(amount, token.decimals, token.priceUsd),
    value_eur: moneyValue(amount, token.decimals, token.priceEur),
    price_updated_at: new Date(options.now).toISOString(),
    price_source: token.priceSource,
  }
}
