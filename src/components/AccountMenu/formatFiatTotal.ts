import { numberFormatter } from '../internal/format/numberFormatter.ts'
import type { IbexLocale } from '../internal/messages/IbexMessages.ts'

/**
 * A fiat total (a decimal string from IBEx) in the locale's currency format, from the string
 * itself so no digit is lost to a float; the formatter is the wallet components' shared cache.
 *
 * @example
 * formatFiatTotal('1234.5', 'eur', 'fr') // '1 234,50 €'
 */
export function formatFiatTotal(
  total: string,
  currency: 'eur' | 'usd',
  locale: IbexLocale,
): string {
  return numberFormatter(locale, { style: 'currency', currency: currency.toUpperCase() }).format(
    total,
  )
}
