import type { IbexBalances } from '../core/parse/IbexBalances.ts'
import type { IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { realtimeBalanceTotals } from './realtimeBalanceTotals.ts'

const KNOWN = new Set(['chainId', 'wallet', 'includeZero', 'includeEmpty', 'includePrices'])

/**
 * Balances as a balances query with `params` (`getBalances`' parameters) would have them, cut
 * from fuller ones (the socket and an enriched sign-in list every token, zeros and empty wallets
 * included): one
 * `chainId`, one `wallet`, no zero balances unless `includeZero`, no empty wallets unless
 * `includeEmpty`, no prices with `includePrices: false`. `undefined` for parameters it does
 * not know.
 *
 * @example
 * balancesForParams(socketBalances, {}) // what useBalances() shows
 */
export function balancesForParams(
  balances: IbexBalances,
  params: IbexQueryKeyParams,
): IbexBalances | undefined {
  if (Object.keys(params).some((key) => !KNOWN.has(key))) return undefined
  const { chainId, wallet, includeZero, includeEmpty, includePrices } = params
  const walletLower = typeof wallet === 'string' ? wallet.toLowerCase() : undefined
  const wallets = balances.wallets
    .filter((entry) => chainId === undefined || entry.chainId === chainId)
    .filter((entry) => walletLower === undefined || entry.wallet.toLowerCase() === walletLower)
    .map((entry) => ({
      ...entry,
      tokens: entry.tokens
        .filter((token) => includeZero === true || Number(token.balance) !== 0)
        .map((token) => (includePrices === false ? { ...token, price: {}, value: {} } : token)),
    }))
    .filter((entry) => includeEmpty === true || entry.tokens.length > 0)
  if (includePrices === false) {
    return { ...balances, wallets, totals: undefined, pricesAvailable: false }
  }
  // IBEx's totals cover what it sent; a narrower cut sums its own.
  const totals =
    walletLower === undefined && chainId === undefined
      ? balances.totals
      : realtimeBalanceTotals(wallets, balances.totals)
  return { ...balances, wallets, totals }
}
