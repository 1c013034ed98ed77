import { balanceRows, type BalanceQuery } from './balanceRows.ts'
import { balanceTotals } from './balanceTotals.ts'
import type { MockView } from './MockView.ts'
import { pageInfo, paginate } from './paginate.ts'
import { tokenBalanceEntry } from './tokenBalanceEntry.ts'

/**
 * The scoped balances of one wallet (`?walletAddress=`, docs/protocol.md): `{ type: "crypto",
 * identifier, blockchainId?, balance: { tokens, pending, summary } }`.
 *
 * @example
 * buildScopedBalances(view, query, { identifier: '0x…', chainId: 421614 })
 */
export function buildScopedBalances(
  view: MockView,
  query: BalanceQuery,
  scope: { identifier: string; chainId?: number | undefined },
): Record<string, unknown> {
  const rows = balanceRows(view, query)
  const page = query.pagination && paginate(rows, query.pagination.page, query.pagination.limit)
  const totals = balanceTotals(rows)
  return {
    type: 'crypto',
    identifier: scope.identifier,
    ...(scope.chainId === undefined ? {} : { blockchainId: String(scope.chainId) }),
    timestamp: new Date(view.now).toISOString(),
    balance: {
      tokens: (page?.data ?? rows).map((row) =>
        tokenBalanceEntry(row.token, row.amount, { ...query, now: view.now }),
      ),
      pending: [],
      summary: {
        tokenCount: rows.length,
        ...(query.includePrices
          ? {
              total_value_eur: totals.crypto_total_value_eur,
              total_value_usd: totals.crypto_total_value_usd,
            }
          : {}),
      },
    },
    prices_available: query.includePrices,
    ...(page ? { pagination: pageInfo(page) } : {}),
  }
}
