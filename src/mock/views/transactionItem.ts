import { formatUnits } from 'viem'
import { moneyValue } from './moneyValue.ts'
import type { WatchedTransaction } from './userTransactions.ts'

/**
 * One item of a transactions response (docs/protocol.md): `value` in base units as a string,
 * `valueFormatted` a number, prices and values when asked for.
 *
 * @example
 * transactionItem(entry, true).direction // 'IN'
 */
export function transactionItem(
  entry: WatchedTransaction,
  includePrices: boolean,
): Record<string, unknown> {
  const { transaction, watched, direction } = entry
  const { token } = transaction
  const valueFormatted = Number(formatUnits(transaction.value, token.decimals))
  const item: Record<string, unknown> = {
    id: transaction.id,
    blockNumber: transaction.blockNumber,
    transactionHash: transaction.hash,
    timestamp: new Date(transaction.timestamp).toISOString(),
    from: transaction.from,
    to: transaction.to,
    tokenAddress: token.address,
    tokenType: token.tokenType,
    tokenId: null,
    tokenSymbol: token.symbol,
    value: transaction.value.toString(),
    valueFormatted,
    direction,
    watchedAddress: watched,
    blockchainId: String(transaction.chainId),
    primaryAddress: token.address,
    secondaryAddress: token.secondaryAddress,
    balance: valueFormatted,
  }
  if (!includePrices) return item
  return {
    ...item,
    price_usd: token.priceUsd,
    price_eur: token.priceEur,
    value_usd: moneyValue(transaction.value, token.decimals, token.priceUsd),
    value_eur: moneyValue(transaction.value, token.decimals, token.priceEur),
    price_source: token.priceSource,
  }
}
