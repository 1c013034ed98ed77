/**
 * A decimal string (`-?digits[.digits]`, as the kit's schemas and amount checks leave it) in base
 * units: what viem's `parseUnits` gives, rounding half up past `decimals` as it does, without
 * its error classes (~0.7 kB) in the initial bundle and on every operation's path. Input of any
 * other shape is the caller's bug: `BigInt` throws a `SyntaxError` on it.
 *
 * @param value - A decimal amount such as `"2.5"` or `"-0.005"`.
 * @param decimals - The token's decimals.
 * @returns The amount in base units.
 * @example
 * decimalToBaseUnits('2.5', 18) // 2_500_000_000_000_000_000n
 */
export function decimalToBaseUnits(value: string, decimals: number): bigint {
  const negative = value.startsWith('-')
  const [whole = '', fraction = ''] = (negative ? value.slice(1) : value).split('.')
  const units =
    BigInt((whole || '0') + fraction.slice(0, decimals).padEnd(decimals, '0')) +
    ((fraction[decimals] ?? '0') >= '5' ? 1n : 0n)
  return negative ? -units : units
}
