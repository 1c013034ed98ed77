import type { MockSafe } from '../wallet/userSafes.ts'
import { fiatTransactionsBlock } from './fiatTransactionsBlock.ts'
import type { MockView } from './MockView.ts'
import { paginate } from './paginate.ts'
import { transactionItem } from './transactionItem.ts'
import type { TransactionQuery } from './TransactionQuery.ts'
import { userTransactions } from './userTransactions.ts'

/**
 * The aggregated transactions of docs/protocol.md: `{ type, timestamp, crypto: { timestamp,
 * prices_available, transactions: { <chainId>: page } }, fiat }`, one page per chain of `safes`;
 * `scope` `crypto` / `fiat` keeps only that block.
 *
 * @example
 * buildTransactions(view, safes, query, 'mixed')
 */
export function buildTransactions(
  view: MockView,
  safes: readonly MockSafe[],
  query: TransactionQuery,
  scope: 'mixed' | 'crypto' | 'fiat',
): Record<string, unknown> {
  const timestamp = new Date(view.now).toISOString()
  const transactions: Record<string, unknown> = {}
  for (const chainId of new Set(safes.map((safe) => safe.chainId))) {
    const entries = userTransactions(
      view,
      safes.filter((safe) => safe.chainId === chainId),
      query,
    )
    const page = paginate(entries, query.page, query.limit)
    transactions[String(chainId)] = {
      ...page,
      data: page.data.map((entry) => transactionItem(entry, query.includePrices)),
    }
  }
  const crypto = { timestamp, prices_available: query.includePrices, transactions }
  return {
    type: scope,
    timestamp,
    ...(scope === 'fiat' ? {} : { crypto }),
    ...(scope === 'crypto' ? {} : { fiat: fiatTransactionsBlock(query) }),
  }
}
