import type { Address } from 'viem'
import type { MockTransaction } from '../wallet/MockLedger.ts'
import type { MockSafe } from '../wallet/userSafes.ts'
import type { MockView } from './MockView.ts'

/** A transaction as one of the user's Safes sees it. */
export type WatchedTransaction = {
  transaction: MockTransaction
  watched: Address
  direction: 'IN' | 'OUT'
}

/** The filters of docs/protocol.md (dates as `YYYY-MM-DD`, UTC, both days included). */
export type TransactionFilters = {
  startDate: string
  endDate: string
  direction?: 'IN' | 'OUT' | undefined
  tokenType?: string | undefined
  tokenAddress?: string | undefined
  hash?: string | undefined
}

const dayMs = 86_400_000

function matches(entry: WatchedTransaction, filters: TransactionFilters): boolean {
  const { transaction } = entry
  const from = Date.parse(`${filters.startDate}T00:00:00.000Z`)
  const to = Date.parse(`${filters.endDate}T00:00:00.000Z`) + dayMs
  return (
    transaction.timestamp >= from &&
    transaction.timestamp < to &&
    (!filters.direction || entry.direction === filters.direction) &&
    (!filters.tokenType || transaction.token.tokenType === filters.tokenType) &&
    (!filters.tokenAddress ||
      transaction.token.address.toLowerCase() === filters.tokenAddress.toLowerCase()) &&
    (!filters.hash || transaction.hash.toLowerCase() === filters.hash.toLowerCase())
  )
}

/**
 * The transactions of `safes` that pass `filters`, newest first; a transfer between two of the
 * user's own Safes appears once per side.
 *
 * @example
 * userTransactions(view, safes, { startDate: '2025-01-01', endDate: '2026-12-31', direction: 'IN' })
 */
export function userTransactions(
  view: MockView,
  safes: readonly MockSafe[],
  filters: TransactionFilters,
): WatchedTransaction[] {
  const out: WatchedTransaction[] = []
  const transactions = view.state.ledger.transactions
  for (let i = transactions.length - 1; i >= 0; i--) {
    const transaction = transactions[i]
    if (!transaction) continue
    for (const safe of safes) {
      if (safe.chainId !== transaction.chainId) continue
      const address = safe.address.toLowerCase()
      const sides = [
        [transaction.from, 'OUT'],
        [transaction.to, 'IN'],
      ] as const
      for (const [side, direction] of sides) {
        if (side.toLowerCase() !== address) continue
        const entry = { transaction, watched: safe.address, direction }
        if (matches(entry, filters)) out.push(entry)
      }
    }
  }
  return out
}
