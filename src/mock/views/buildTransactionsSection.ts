import type { MockSafe } from '../wallet/userSafes.ts'
import { fiatTransactionsBlock } from './fiatTransactionsBlock.ts'
import type { MockView } from './MockView.ts'
import { paginate } from './paginate.ts'
import { transactionItem } from './transactionItem.ts'
import type { TransactionQuery } from './TransactionQuery.ts'
import { userTransactions } from './userTransactions.ts'

/**
 * The `transactions` section of `GET /users/me` (docs/protocol.md, the other
 * aggregated shape): a flat page over every chain plus `chains[].wallets[]`.
 *
 * @example
 * buildTransactionsSection(view, safes, query)
 */
export function buildTransactionsSection(
  view: MockView,
  safes: readonly MockSafe[],
  query: TransactionQuery,
): Record<string, unknown> {
  const item = (entry: Parameters<typeof transactionItem>[0]) =>
    transactionItem(entry, query.includePrices)
  const all = userTransactions(view, safes, query)
  const page = paginate(all, query.page, query.limit)
  const chainIds = [...new Set(safes.map((safe) => safe.chainId))]
  return {
    type: 'mixed',
    timestamp: new Date(view.now).toISOString(),
    crypto: {
      blockchainId: chainIds.length === 1 ? String(chainIds[0]) : null,
      ...page,
      data: page.data.map(item),
      chains: chainIds.map((chainId) => {
        const wallets = safes
          .filter((safe) => safe.chainId === chainId)
          .map((safe) => {
            const entries = userTransactions(view, [safe], query)
            return {
              walletAddress: safe.address,
              total: entries.length,
              data: entries.slice(0, query.limit).map(item),
            }
          })
        return {
          blockchainId: String(chainId),
          total: wallets.reduce((sum, wallet) => sum + wallet.total, 0),
          wallets,
        }
      }),
    },
    fiat: fiatTransactionsBlock(query),
  }
}
