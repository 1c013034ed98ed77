import type { IbexFiatValue } from './IbexBalances.ts'

/**
 * An `IbexFiatValue` from IBEx's separate `*_eur` / `*_usd` fields, leaving out the missing ones.
 *
 * @example
 * fiatValueOf(token.value_eur, token.value_usd) // { eur: '2.00', usd: '2.36' }
 */
export function fiatValueOf(
  eur: string | null | undefined,
  usd: string | null | undefined,
): IbexFiatValue {
  return {
    ...(eur == null ? {} : { eur }),
    ...(usd == null ? {} : { usd }),
  }
}
