import type { IbexTransactionsPage } from '../core/parse/IbexTransactions.ts'
import type { IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { newestFirst } from './newestFirst.ts'
import type { RealtimeCacheUpdate } from './realtimeCacheUpdate.ts'
import type { IbexTransactionsData } from './transactionsInfiniteQueryOptions.ts'

/**
 * A cached transactions entry (an infinite query) after the socket sent the first page of
 * `chainIds` with the default filters (`transaction_data`, initial or `resync`): that chain's
 * items and counts on page 1 are replaced, the other chains' kept, merged newest first. Only
 * the entries without filters, or filtered to one of these chains, can take it; others are
 * skipped (another chain) or marked stale. Later pages already loaded stay (and the entry is
 * marked stale by the caller, as they may have shifted).
 *
 * @example
 * mergeRealtimeTransactions(cached, parseTransactionsPage(event.data), {}, new Set([421614]))
 */
export function mergeRealtimeTransactions(
  cached: IbexTransactionsData | undefined,
  incoming: IbexTransactionsPage,
  params: IbexQueryKeyParams,
  chainIds: ReadonlySet<number>,
): RealtimeCacheUpdate<IbexTransactionsData> {
  const keys = Object.keys(params)
  if (keys.some((key) => key !== 'chainId')) return { kind: 'stale' }
  if (typeof params.chainId === 'number' && !chainIds.has(params.chainId)) return { kind: 'skip' }
  const first = cached?.pages[0]
  if (!cached || !first) return { kind: 'set', data: { pages: [incoming], pageParams: [1] } }
  const chains = [
    ...first.chains.filter((chain) => !chainIds.has(chain.chainId)),
    ...incoming.chains,
  ]
  const page: IbexTransactionsPage = {
    ...first,
    total: chains.reduce((sum, chain) => sum + (chain.total ?? 0), 0),
    totalPages: Math.max(
      incoming.fiat ? incoming.totalPages : 0,
      ...chains.map((chain) => chain.totalPages ?? 0),
    ),
    limit: first.limit ?? incoming.limit,
    transactions: [
      ...first.transactions.filter((tx) => !chainIds.has(tx.chainId)),
      ...incoming.transactions,
    ].sort(newestFirst),
    chains,
    fiat: incoming.fiat ?? first.fiat,
    pricesAvailable: incoming.pricesAvailable ?? first.pricesAvailable,
    timestamp: incoming.timestamp ?? first.timestamp,
  }
  return { kind: 'set', data: { ...cached, pages: [page, ...cached.pages.slice(1)] } }
}
