const cache = new Map<string, Intl.DateTimeFormat>()

/**
 * One cached `Intl.DateTimeFormat` per locale and options.
 *
 * @example
 * dateFormatter('fr', { timeStyle: 'short' }).format(new Date()) // '14:05'
 */
export function dateFormatter(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = cache.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    cache.set(key, formatter)
  }
  return formatter
}

const relativeCache = new Map<string, Intl.RelativeTimeFormat>()

/**
 * The heading of the day `date` falls on, seen from `now`: "Today", "Yesterday" (Intl's own words
 * for the locale, capitalised), else the full date ("Monday 3 November 2026").
 *
 * @example
 * formatDayHeading(new Date('2026-11-03T10:00Z'), new Date('2026-11-03T18:00Z'), 'de') // 'Heute'
 */
export function formatDayHeading(date: Date, now: Date, locale: string): string {
  const startOf = (day: Date) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate()).getTime()
  const days = Math.round((startOf(date) - startOf(now)) / 86_400_000)
  if (days === 0 || days === -1) {
    let relative = relativeCache.get(locale)
    if (!relative) {
      relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
      relativeCache.set(locale, relative)
    }
    const text = relative.format(days, 'day')
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1)
  }
  const sameYear = date.getFullYear() === now.getFullYear()
  return dateFormatter(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(sameYear ? {} : { year: 'numeric' }),
  }).format(date)
}

/**
 * A key that is the same for every moment of one local day (`2026-11-03`): groups a list by day.
 *
 * @example
 * dayKey(new Date(2026, 10, 3, 23, 59)) // '2026-11-03'
 */
export function dayKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0')
  const day = String(date.getDate()).padStart(2, '0')
  return `${date.getFullYear()}-${month}-${day}`
}
