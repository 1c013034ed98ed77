import * as v from 'valibot'

const DECIMAL = /^-?\d+(\.\d+)?$/

function numberToDecimal(value: number): string {
  const text = String(value)
  if (!/e/i.test(text)) return text
  // `String(1e-7)` is '1e-7', which parseUnits refuses; this keeps the digits without an exponent.
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })
}

/**
 * A human decimal amount (`"2.0"`, `"0.005"`), as IBEx writes balances (docs/protocol.md). A
 * finite number is accepted too, for shapes that send one, and written without an exponent; the
 * output is always a string.
 *
 * @example
 * v.parse(decimalStringSchema, 0.0000001) // '0.0000001'
 */
export const decimalStringSchema = v.union(
  [
    v.pipe(v.string(), v.trim(), v.regex(DECIMAL)),
    v.pipe(v.number(), v.finite(), v.transform(numberToDecimal)),
  ],
  'Expected a decimal amount (a string such as "2.5", or a number).',
)
