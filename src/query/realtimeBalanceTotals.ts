import type {
  IbexBalanceTotals,
  IbexFiatValue,
  IbexWalletBalances,
} from '../core/parse/IbexBalances.ts'
import { addDecimalStrings } from './addDecimalStrings.ts'

function sum(values: readonly (string | undefined)[]): string | undefined {
  const present = values.filter((value): value is string => value !== undefined)
  return present.length === 0 ? undefined : addDecimalStrings(present)
}

function fiat(eur: string | undefined, usd: string | undefined): IbexFiatValue {
  return { ...(eur === undefined ? {} : { eur }), ...(usd === undefined ? {} : { usd }) }
}

/**
 * The totals of balances the cache assembled itself (some chains from the socket, others kept
 * from an earlier answer, or a token updated in place): crypto = the sum of the tokens' fiat
 * values, fiat as IBEx last said, grand = both. `undefined` when `reference` (the last totals
 * IBEx sent) is: without prices there are no totals.
 *
 * @example
 * const totals = realtimeBalanceTotals(wallets, previous.totals)
 */
export function realtimeBalanceTotals(
  wallets: readonly IbexWalletBalances[],
  reference: IbexBalanceTotals | undefined,
): IbexBalanceTotals | undefined {
  if (!reference) return undefined
  const tokens = wallets.flatMap((wallet) => wallet.tokens)
  const crypto =
    tokens.length === 0
      ? { eur: '0.00', usd: '0.00' }
      : fiat(
          sum(tokens.map((token) => token.value.eur)),
          sum(tokens.map((token) => token.value.usd)),
        )
  return {
    crypto,
    fiat: reference.fiat,
    grand: fiat(sum([crypto.eur, reference.fiat.eur]), sum([crypto.usd, reference.fiat.usd])),
    eurUsdRate: reference.eurUsdRate,
  }
}
