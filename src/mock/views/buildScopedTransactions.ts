import type { MockSafe } from '../wallet/userSafes.ts'
import type { MockView } from './MockView.ts'
import { paginate } from './paginate.ts'
import { transactionItem } from './transactionItem.ts'
import type { TransactionQuery } from './TransactionQuery.ts'
import { userTransactions } from './userTransactions.ts'

/**
 * The transactions of one wallet (`?walletAddress=`): `{ type: "crypto", identifier,
 * blockchainId?, total, page, limit, totalPages, data }`.
 *
 * @example
 * buildScopedTransactions(view, safes, query, { identifier: '0x…' })
 */
export function buildScopedTransactions(
  view: MockView,
  safes: readonly MockSafe[],
  query: TransactionQuery,
  scope: { identifier: string; chainId?: number | undefined },
): Record<string, unknown> {
  const page = paginate(userTransactions(view, safes, query), query.page, query.limit)
  return {
    type: 'crypto',
    identifier: scope.identifier,
    ...(scope.chainId === undefined ? {} : { blockchainId: String(scope.chainId) }),
    timestamp: new Date(view.now).toISOString(),
    prices_available: query.includePrices,
    ...page,
    data: page.data.map((entry) => transactionItem(entry, query.includePrices)),
  }
}
