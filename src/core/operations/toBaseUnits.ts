import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { decimalToBaseUnits } from '../utils/decimalToBaseUnits.ts'

/**
 * An amount checked by `parseAmountInput`, in base units of a token with `decimals`; more
 * fraction digits than the token has is `validation/amount-too-precise` on `field` (never
 * rounded).
 *
 * @example
 * toBaseUnits('1.5', 6, 'amount') // 1500000n
 */
export function toBaseUnits(amount: string, decimals: number, field: string): bigint {
  const fraction = amount.split('.')[1] ?? ''
  if (fraction.replace(/0+$/, '').length > decimals) {
    throw new IbexValidationError({
      code: 'validation/amount-too-precise',
      field,
      message:
        decimals === 0
          ? `\`${field}\` must be a whole number for this token.`
          : `\`${field}\` has more than ${decimals} decimals, the most this token has.`,
    })
  }
  return decimalToBaseUnits(amount, decimals)
}
