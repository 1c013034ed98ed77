import { numberFormatter } from './numberFormatter.ts'
import type { FormattedAmount } from './formatTokenAmount.ts'

/**
 * A fiat value as IBEx sends it (a decimal string such as `"720.75"`), in `currency` for
 * `locale`: 2 decimals from 1 up, 3 significant digits under 1, and `below` a cent.
 *
 * @example
 * formatFiatValue('1234.5', 'EUR', 'de') // { kind: 'exact', text: '1.234,50 €' }
 * formatFiatValue('0.004', 'USD', 'en') // { kind: 'below', text: '$0.01' }
 */
export function formatFiatValue(value: string, currency: string, locale: string): FormattedAmount {
  const trimmed = value.trim()
  const negative = trimmed.startsWith('-')
  const magnitude = negative ? trimmed.slice(1) : trimmed
  const [whole = '0', fraction = ''] = magnitude.split('.')
  const isZero = /^0*$/.test(whole) && /^0*$/.test(fraction)
  const base = { style: 'currency', currency } as const
  if (isZero) return { kind: 'exact', text: numberFormatter(locale, base).format('0') }
  if (/^0*$/.test(whole) && fraction.padEnd(2, '0').startsWith('00')) {
    return { kind: 'below', text: numberFormatter(locale, base).format('0.01') }
  }
  if (/^0*$/.test(whole)) {
    return {
      kind: 'exact',
      text: numberFormatter(locale, { ...base, maximumSignificantDigits: 3 }).format(trimmed),
    }
  }
  return {
    kind: 'exact',
    text: numberFormatter(locale, {
      ...base,
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    }).format(trimmed),
  }
}
