import type { TransactionQuery } from './TransactionQuery.ts'

/**
 * IBEx's defaults for a transactions read (docs/protocol.md): from 2025-01-01 to tomorrow (UTC),
 * page 1, 50 per page, with prices.
 *
 * @example
 * defaultTransactionQuery(Date.now()).endDate // tomorrow, 'YYYY-MM-DD'
 */
export function defaultTransactionQuery(now: number): TransactionQuery {
  return {
    startDate: '2025-01-01',
    endDate: new Date(now + 86_400_000).toISOString().slice(0, 10),
    page: 1,
    limit: 50,
    includePrices: true,
  }
}
