import type { TransactionFilters } from './userTransactions.ts'

/** A transactions read: filters, page and prices (docs/protocol.md). */
export type TransactionQuery = TransactionFilters & {
  page: number
  limit: number
  includePrices: boolean
}
