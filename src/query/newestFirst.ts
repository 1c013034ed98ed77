/**
 * Sort comparator of transactions, newest first (ISO-8601 timestamps).
 *
 * @example
 * transactions.sort(newestFirst)
 */
export function newestFirst(a: { timestamp: string }, b: { timestamp: string }): number {
  return Date.parse(b.timestamp) - Date.parse(a.timestamp)
}
