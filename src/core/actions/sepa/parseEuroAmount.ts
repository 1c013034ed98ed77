import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { parseAmountInput } from '../../operations/parseAmountInput.ts'

/**
 * A euro amount as a person typed it, checked before any request: a positive decimal string
 * (see `parseAmountInput`) with at most two decimals (`validation/amount-too-precise`) and at
 * most 999 999 999.99 (`validation/amount-too-large`). Returns it with two decimals, as SEPA
 * writes amounts.
 *
 * @example
 * parseEuroAmount(' 150.5 ', 'amount') // '150.50'
 */
export function parseEuroAmount(value: unknown, field: string): string {
  const amount = parseAmountInput(value, field)
  const [whole = '0', fraction = ''] = amount.split('.')
  if (fraction.length > 2 && !/^0*$/.test(fraction.slice(2))) {
    throw new IbexValidationError({
      code: 'validation/amount-too-precise',
      field,
      message: `\`${field}\` is in euros: at most two decimals (cents).`,
    })
  }
  const units = whole.replace(/^0+(?=\d)/, '')
  if (units.length > 9) {
    throw new IbexValidationError({
      code: 'validation/amount-too-large',
      field,
      message: `\`${field}\` must be at most 999 999 999.99 euros.`,
    })
  }
  return `${units || '0'}.${fraction.slice(0, 2).padEnd(2, '0')}`
}
