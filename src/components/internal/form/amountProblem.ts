import type { ParsedAmount } from '../format/parseLocaleAmount.ts'

/**
 * The validation code of a typed amount, checked before any request: malformed, too many
 * decimals for the token, zero, or more than the balance; `undefined` when it can be sent.
 * An empty field is `validation/amount-malformed` unless `emptyIsFine`.
 *
 * @example
 * amountProblem(parseLocaleAmount('250', 'en', 18), 100n * 10n ** 18n) // 'validation/amount-exceeds-balance'
 */
export function amountProblem(
  parsed: ParsedAmount,
  balance: bigint,
  emptyIsFine = false,
): string | undefined {
  if (!parsed.ok) {
    if (parsed.problem === 'empty' && emptyIsFine) return undefined
    return parsed.problem === 'too-precise'
      ? 'validation/amount-too-precise'
      : 'validation/amount-malformed'
  }
  if (parsed.value > balance) return 'validation/amount-exceeds-balance'
  if (parsed.value === 0n && !emptyIsFine) return 'validation/amount-not-positive'
  return undefined
}
