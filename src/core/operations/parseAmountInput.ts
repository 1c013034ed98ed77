import { IbexValidationError, type IbexValidationErrorCode } from '../errors/IbexValidationError.ts'

const refuse = (
  code: Extract<IbexValidationErrorCode, `validation/amount-${string}`>,
  field: string,
  message: string,
) => new IbexValidationError({ code, field, message })

/**
 * The syntax of an amount as a person types it: a decimal string such as `"1.5"` (spaces
 * around it ignored), strictly positive, with a dot and no exponent. The token's decimals are
 * checked later by `toBaseUnits`. Refusals name `field`: `validation/amount-malformed` (not a
 * string, a comma, a sign, letters…), `validation/amount-exponent` (`1e3`),
 * `validation/amount-not-positive` (zero or negative).
 *
 * @example
 * parseAmountInput(' 12.50 ', 'amount') // '12.50'
 */
export function parseAmountInput(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    throw refuse(
      'validation/amount-malformed',
      field,
      `\`${field}\` must be a decimal string such as "1.5" (not a number, to keep every digit).`,
    )
  }
  const text = value.trim()
  if (/^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(text)) {
    throw refuse('validation/amount-exponent', field, `Write \`${field}\` without an exponent.`)
  }
  if (/^-\d+(\.\d+)?$/.test(text)) {
    throw refuse('validation/amount-not-positive', field, `\`${field}\` must be more than 0.`)
  }
  if (!/^\d+(\.\d+)?$/.test(text)) {
    throw refuse(
      'validation/amount-malformed',
      field,
      `\`${field}\` must be digits with an optional dot, such as "1.5".`,
    )
  }
  if (/^0+(\.0+)?$/.test(text)) {
    throw refuse('validation/amount-not-positive', field, `\`${field}\` must be more than 0.`)
  }
  return text
}
