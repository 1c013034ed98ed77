/**
 * Base units as a decimal string: what viem's `formatUnits` gives (no trailing zeros, no
 * exponent, `"0"` for zero), kept in the kit so that a transfer's path and the realtime balance
 * updates do not load viem's unit module and its error classes for it.
 *
 * @param value - An amount in base units.
 * @param decimals - The token's decimals.
 * @returns The human amount.
 * @example
 * baseUnitsToDecimal(2_500_000_000_000_000_000n, 18) // '2.5'
 */
export function baseUnitsToDecimal(value: bigint, decimals: number): string {
  const negative = value < 0n
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0')
  const whole = digits.slice(0, digits.length - decimals)
  const fraction = digits.slice(digits.length - decimals).replace(/0+$/, '')
  return `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`
}
