// Every HTTP-date form (IMF-fixdate, RFC 850, asctime) starts with the day's name. Without this
// check `Date.parse` reads `-5`, `1.5` or `+3` as years, and a wait of 0 follows.
const HTTP_DATE = /^\s*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s/i

/**
 * Seconds to wait from a `Retry-After` header: delta-seconds (digits only) or an HTTP date.
 * `undefined` when absent, negative or unreadable, so that the caller backs off on its own
 * schedule instead of retrying at once.
 *
 * @example
 * parseRetryAfter('2') // 2
 * parseRetryAfter('-5') // undefined
 * parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now()) // 5 (or 4)
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value)
  if (!HTTP_DATE.test(value)) return undefined
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
