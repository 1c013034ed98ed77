import { parseUnits } from 'viem'
import { numberFormatter } from './numberFormatter.ts'

/** Why a typed amount was refused: nothing typed, not a number, or more decimals than the token has. */
export type AmountInputProblem = 'empty' | 'malformed' | 'too-precise'

/**
 * A typed amount read: `value` in base units and `amount` as a plain decimal string (`"1234.5"`,
 * what the operation hooks take), or the problem.
 */
export type ParsedAmount =
  { ok: true; value: bigint; amount: string } | { ok: false; problem: AmountInputProblem }

/**
 * The decimal and grouping marks of `locale`, from `formatToParts` (`fr`: `,` and U+202F).
 *
 * @example
 * localeSeparators('de') // { decimal: ',', group: '.' }
 */
export function localeSeparators(locale: string): { decimal: string; group: string } {
  const parts = numberFormatter(locale).formatToParts('1234567.5')
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  }
}

/**
 * Reads an amount as a person types it in `locale`, then `parseUnits` with the token's
 * `decimals`. The locale's decimal mark is taken, and so is "." or "," (keyboards differ):
 * with both present the last one is the decimal mark; one mark that appears once is the
 * decimal mark; spaces and repeated marks are grouping. More decimals than the token has are
 * refused, not rounded.
 *
 * @example
 * parseLocaleAmount('1 234,5', 'fr', 18) // { ok: true, amount: '1234.5', value: 1234500000000000000000n }
 * parseLocaleAmount('0.1234567', 'en', 6) // { ok: false, problem: 'too-precise' }
 */
export function parseLocaleAmount(input: string, locale: string, decimals: number): ParsedAmount {
  const { decimal, group } = localeSeparators(locale)
  // Every kind of space, and the locale's own group mark when it is not a dot or comma (de-CH ').
  let text = input.replace(/[\s\u00a0\u202f']/g, '')
  if (group !== '.' && group !== ',') text = text.split(group).join('')
  if (text === '') return { ok: false, problem: 'empty' }
  if (!/^[0-9.,]+$/.test(text)) return { ok: false, problem: 'malformed' }
  const lastDot = text.lastIndexOf('.')
  const lastComma = text.lastIndexOf(',')
  let decimalMark: string | undefined
  if (lastDot >= 0 && lastComma >= 0) decimalMark = lastDot > lastComma ? '.' : ','
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ','
    const count = text.split(mark).length - 1
    // "1.234" in German is a thousand and "1,234" in English too; one mark of the locale's
    // decimal kind, or any single mark not followed by exactly three digits, is the decimal mark.
    const tail = text.slice(text.lastIndexOf(mark) + 1)
    if (count === 1 && (mark === decimal || tail.length !== 3)) decimalMark = mark
  }
  let whole = text
  let fraction = ''
  if (decimalMark) {
    const at = text.lastIndexOf(decimalMark)
    whole = text.slice(0, at)
    fraction = text.slice(at + 1)
  }
  const groupMark = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : undefined
  if (groupMark) whole = whole.split(groupMark).join('')
  else whole = whole.replace(/[.,]/g, '')
  if (/[.,]/.test(whole) || /[.,]/.test(fraction)) return { ok: false, problem: 'malformed' }
  if (whole === '' && fraction === '') return { ok: false, problem: 'malformed' }
  if (fraction.length > decimals) return { ok: false, problem: 'too-precise' }
  const amount = `${whole === '' ? '0' : whole.replace(/^0+(?=\d)/, '')}${fraction ? `.${fraction}` : ''}`
  return { ok: true, amount, value: parseUnits(amount, decimals) }
}

/**
 * An exact decimal amount written for an input of `locale`: the locale's decimal mark, no
 * grouping (what Max puts in the field, so that reading it back gives the same bigint).
 *
 * @example
 * toLocaleInput('87.5', 'fr') // '87,5'
 */
export function toLocaleInput(amount: string, locale: string): string {
  return amount.replace('.', localeSeparators(locale).decimal)
}
