import type { TransactionQuery } from './TransactionQuery.ts'

/**
 * The `fiat` block of a transactions response: the mock has no IBANs, so it is always empty,
 * but shaped as docs/protocol.md shows.
 *
 * @example
 * fiatTransactionsBlock(query).total // 0
 */
export function fiatTransactionsBlock(query: TransactionQuery): Record<string, unknown> {
  return {
    ibans: [],
    total: 0,
    page: query.page,
    limit: query.limit,
    totalPages: 0,
    data: [],
    filters: { type: null, status: null, startDate: query.startDate, endDate: query.endDate },
  }
}
