import { formatUnits } from 'viem'
import { numberFormatter } from './numberFormatter.ts'

/** Where an amount is shown: a list row (short) or a form (more digits, as the user typed). */
export type AmountContext = 'list' | 'form'

/**
 * A formatted amount: `exact` is the number to show; `below` means the amount is positive but
 * under `text`, to be shown through the translated "<{amount}" message.
 */
export type FormattedAmount = { kind: 'exact' | 'below'; text: string }

const LIST_MIN = 10n ** 15n // 0.001 in 18-decimal fixed point
const FORM_MIN = 10n ** 13n // 0.00001
const ONE = 10n ** 18n
const COMPACT_FROM = 10n ** 24n // 1e6

/** `amount` scaled to 18 decimals, so thresholds compare as bigints whatever the token. */
function toFixed18(amount: bigint, decimals: number): bigint {
  return decimals <= 18
    ? amount * 10n ** BigInt(18 - decimals)
    : amount / 10n ** BigInt(decimals - 18)
}

/**
 * A token amount held in base units, formatted for `locale` without ever becoming a Number:
 * `formatUnits` gives the exact decimal string and Intl formats it, truncating (a balance must
 * never look larger than it is). Lists: dust under 0.001 is `below`, 3 decimals under 1, 2 up to
 * a million, compact beyond. Forms: dust under 0.00001, up to 5 decimals under 1, 6 significant
 * digits beyond.
 *
 * @example
 * formatTokenAmount(21_085869288802237857n, 18, 'fr') // { kind: 'exact', text: '21,08' }
 * formatTokenAmount(10n ** 12n, 18, 'de') // { kind: 'below', text: '0,001' }
 */
export function formatTokenAmount(
  amount: bigint,
  decimals: number,
  locale: string,
  context: AmountContext = 'list',
): FormattedAmount {
  const negative = amount < 0n
  const absolute = negative ? -amount : amount
  const fixed = toFixed18(absolute, decimals)
  const decimal = (negative ? '-' : '') + formatUnits(absolute, decimals)
  if (absolute === 0n) return { kind: 'exact', text: numberFormatter(locale).format('0') }
  const min = context === 'list' ? LIST_MIN : FORM_MIN
  if (fixed < min) {
    const threshold = context === 'list' ? '0.001' : '0.00001'
    return {
      kind: 'below',
      text: numberFormatter(locale, { maximumFractionDigits: 5 }).format(threshold),
    }
  }
  if (context === 'list') {
    if (fixed < ONE)
      return {
        kind: 'exact',
        text: numberFormatter(locale, { maximumFractionDigits: 3, roundingMode: 'trunc' }).format(
          decimal,
        ),
      }
    if (fixed < COMPACT_FROM)
      return {
        kind: 'exact',
        text: numberFormatter(locale, { maximumFractionDigits: 2, roundingMode: 'trunc' }).format(
          decimal,
        ),
      }
    return {
      kind: 'exact',
      text: numberFormatter(locale, {
        notation: 'compact',
        maximumFractionDigits: 1,
        roundingMode: 'trunc',
      }).format(decimal),
    }
  }
  if (fixed < ONE)
    return {
      kind: 'exact',
      text: numberFormatter(locale, { maximumFractionDigits: 5, roundingMode: 'trunc' }).format(
        decimal,
      ),
    }
  return {
    kind: 'exact',
    text: numberFormatter(locale, {
      maximumSignificantDigits: 6,
      roundingMode: 'trunc',
    }).format(decimal),
  }
}
