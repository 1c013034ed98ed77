/**
 * Seconds to wait from a `Retry-After` header: delta-seconds or an HTTP date. `undefined` when
 * absent or unreadable.
 *
 * @example
 * parseRetryAfter('2') // 2
 * parseRetryAfter(new Date(Date.now() + 5000).toUTCString(), Date.now()) // 5 (or 4)
 */
export function parseRetryAfter(
  value: string | null,
  now: number = Date.now(),
): number | undefined {
  if (value === null || value.trim() === '') return undefined
  if (/^\s*\d+\s*$/.test(value)) return Number(value)
  const date = Date.parse(value)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - now) / 1000))
}
