/**
 * `Intl.NumberFormatOptions` with the ES2023 fields the kit uses (`roundingMode`). The project's
 * `lib` is ES2022, whose types lack them although every supported engine has them.
 */
export type NumberFormatterOptions = Intl.NumberFormatOptions & {
  roundingMode?: 'trunc' | 'floor' | 'ceil' | 'expand' | 'halfExpand' | 'halfEven'
}

/**
 * A number formatter that takes decimal strings as well (Intl.NumberFormat v3 formats
 * `"21.085869288802237857"` exactly, where a Number would already be rounded).
 */
export type NumberFormatter = {
  format(value: string | bigint): string
  formatToParts(value: string | bigint): Intl.NumberFormatPart[]
}

const cache = new Map<string, NumberFormatter>()

/**
 * One cached `Intl.NumberFormat` per locale and options: building one costs far more than using
 * it, and a list formats every row with the same few.
 *
 * @example
 * numberFormatter('de', { maximumFractionDigits: 2, roundingMode: 'trunc' }).format('21.0858') // '21,08'
 */
export function numberFormatter(
  locale: string,
  options: NumberFormatterOptions = {},
): NumberFormatter {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = cache.get(key)
  if (!formatter) {
    // The ES2022 lib types take only number | bigint; the engine takes decimal strings too.
    formatter = new Intl.NumberFormat(locale, options) as unknown as NumberFormatter
    cache.set(key, formatter)
  }
  return formatter
}
