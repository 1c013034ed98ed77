/**
 * Adds decimal strings exactly (fiat values such as `"2.36"`), in integers scaled to the most
 * decimals among them; at least `minDecimals` in the result. `undefined` for no values, or when
 * one is not a plain decimal.
 *
 * @example
 * addDecimalStrings(['2.36', '0.5', '10']) // '12.86'
 */
export function addDecimalStrings(values: readonly string[], minDecimals = 2): string | undefined {
  if (values.length === 0 || values.some((value) => !/^-?\d+(\.\d+)?$/.test(value))) {
    return undefined
  }
  const scale = Math.max(minDecimals, ...values.map((value) => value.split('.')[1]?.length ?? 0))
  let sum = 0n
  for (const value of values) {
    const negative = value.startsWith('-')
    const [whole = '0', fraction = ''] = value.replace('-', '').split('.')
    const units = BigInt(whole + fraction.padEnd(scale, '0'))
    sum += negative ? -units : units
  }
  const negative = sum < 0n
  const digits = (negative ? -sum : sum).toString().padStart(scale + 1, '0')
  return `${negative ? '-' : ''}${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}
