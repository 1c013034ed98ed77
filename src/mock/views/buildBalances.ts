import { balanceRows, type BalanceQuery } from './balanceRows.ts'
import { balanceTotals } from './balanceTotals.ts'
import type { MockView } from './MockView.ts'
import { pageInfo, paginate } from './paginate.ts'
import { tokenBalanceEntry } from './tokenBalanceEntry.ts'

type WalletBalances = { tokens: Record<string, unknown>[]; pending: unknown[] }

/**
 * The aggregated balances of docs/protocol.md: `crypto[chainId][safeLowercase] = { tokens,
 * pending }`, `fiat`, `totals` (over every row, not just the page) and `prices_available`.
 * With pagination, `pagination: { page, limit, total, totalPages }` counts (Safe, token) rows.
 *
 * @example
 * buildBalances(view, { safes: userSafes(user, config), includeZero: false, includeEmpty: false, includePrices: true })
 */
export function buildBalances(view: MockView, query: BalanceQuery): Record<string, unknown> {
  const rows = balanceRows(view, query)
  const page = query.pagination && paginate(rows, query.pagination.page, query.pagination.limit)
  const crypto: Record<string, Record<string, WalletBalances>> = {}
  const walletOf = (chainId: number, address: string): WalletBalances => {
    const chain = (crypto[String(chainId)] ??= {})
    return (chain[address.toLowerCase()] ??= { tokens: [], pending: [] })
  }
  if (query.includeEmpty) for (const safe of query.safes) walletOf(safe.chainId, safe.address)
  for (const row of page?.data ?? rows) {
    walletOf(row.safe.chainId, row.safe.address).tokens.push(
      tokenBalanceEntry(row.token, row.amount, { ...query, now: view.now }),
    )
  }
  return {
    timestamp: new Date(view.now).toISOString(),
    crypto,
    fiat: {},
    ...(query.includePrices ? { totals: balanceTotals(rows) } : {}),
    prices_available: query.includePrices,
    ...(page ? { pagination: pageInfo(page) } : {}),
  }
}
