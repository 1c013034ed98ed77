import type { IbexTransaction, IbexTransactionsPage } from '../core/parse/IbexTransactions.ts'
import type { IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { newestFirst } from './newestFirst.ts'
import type { RealtimeCacheUpdate } from './realtimeCacheUpdate.ts'
import type { IbexTransactionsData } from './transactionsInfiniteQueryOptions.ts'

const same = (a: string | undefined, b: string | undefined) =>
  a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase()

/** One entry per transaction and watched wallet (a transfer between two own Safes is two). */
const identity = (tx: IbexTransaction) =>
  [tx.chainId, tx.hash, tx.wallet, tx.direction, tx.token.address, tx.token.id]
    .map((part) => String(part ?? '').toLowerCase())
    .join('|')

/** How each filter of `TransactionFilters` selects a transaction. */
const filters: Record<string, (tx: IbexTransaction, value: unknown) => boolean> = {
  chainId: (tx, value) => value === tx.chainId,
  wallet: (tx, value) => same(String(value), tx.wallet),
  direction: (tx, value) => value === tx.direction,
  tokenType: (tx, value) => value === tx.token.type,
  tokenAddress: (tx, value) => same(String(value), tx.token.address),
  hash: (tx, value) => same(String(value), tx.hash),
  scope: (_tx, value) => value !== 'fiat',
  startDate: (tx, value) => tx.timestamp.slice(0, 10) >= String(value),
  endDate: (tx, value) => tx.timestamp.slice(0, 10) <= String(value),
  limit: () => true,
  includePrices: () => true,
}

/** Whether the filters select `tx`; `undefined` for a filter it does not know. */
function matches(tx: IbexTransaction, params: IbexQueryKeyParams): boolean | undefined {
  for (const [key, value] of Object.entries(params)) {
    const filter = Object.hasOwn(filters, key) ? filters[key] : undefined
    if (!filter) return undefined
    if (!filter(tx, value)) return false
  }
  return true
}

/**
 * A cached transactions entry (an infinite query) after new transactions were pushed
 * (`new_transaction`): those its filters select and it does not hold yet go on top of page 1,
 * newest first, and the counts grow. Skipped when none is new for it; `stale` for filters it
 * cannot check.
 *
 * @example
 * prependRealtimeTransactions(cached, {}, page.transactions)
 */
export function prependRealtimeTransactions(
  cached: IbexTransactionsData,
  params: IbexQueryKeyParams,
  transactions: readonly IbexTransaction[],
): RealtimeCacheUpdate<IbexTransactionsData> {
  const first = cached.pages[0]
  if (!first) return { kind: 'skip' }
  const seen = new Set(cached.pages.flatMap((page) => page.transactions).map(identity))
  const added: IbexTransaction[] = []
  for (const tx of transactions) {
    const selected = matches(tx, params)
    if (selected === undefined) return { kind: 'stale' }
    if (!selected || seen.has(identity(tx))) continue
    seen.add(identity(tx))
    added.push(tx)
  }
  if (added.length === 0) return { kind: 'skip' }
  const perPage = first.limit
  const chains = first.chains.map((chain) => {
    const count = added.filter((tx) => tx.chainId === chain.chainId).length
    if (count === 0 || chain.total === undefined) return chain
    const total = chain.total + count
    return {
      ...chain,
      total,
      totalPages: perPage
        ? Math.max(chain.totalPages ?? 0, Math.ceil(total / perPage))
        : chain.totalPages,
    }
  })
  const page: IbexTransactionsPage = {
    ...first,
    total: first.total + added.length,
    totalPages: Math.max(first.totalPages, ...chains.map((chain) => chain.totalPages ?? 0)),
    chains,
    transactions: [...added, ...first.transactions].sort(newestFirst),
  }
  return { kind: 'set', data: { ...cached, pages: [page, ...cached.pages.slice(1)] } }
}
