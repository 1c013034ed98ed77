import type { IbexLocale } from '../internal/messages/IbexMessages.ts'

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * A fiat total (a decimal string from IBEx) in the locale's currency format, from the string
 * itself so no digit is lost to a float; one cached formatter per locale and currency.
 *
 * @example
 * formatFiatTotal('1234.5', 'eur', 'fr') // '1 234,50 €'
 */
export function formatFiatTotal(
  total: string,
  currency: 'eur' | 'usd',
  locale: IbexLocale,
): string {
  const key = `${locale}:${currency}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currency.toUpperCase(),
    })
    formatters.set(key, formatter)
  }
  // Intl takes decimal strings exactly (ES2023); the project's `lib` is ES2022, whose typing
  // only lists number and bigint.
  return (formatter.format as unknown as (value: string) => string)(total)
}
