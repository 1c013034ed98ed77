import type { TransactionFilters } from './userTransactions.ts'

/** A transactions read: filters, page and prices (ibex-api.md §6.5). */
export type TransactionQuery = TransactionFilters & {
  page: number
  limit: number
  includePrices: boolean
}
