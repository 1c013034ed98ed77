import type { IbexBalances } from '../core/parse/IbexBalances.ts'
import type { IbexQueryKeyParams } from './ibexQueryKeys.ts'
import { realtimeBalanceTotals } from './realtimeBalanceTotals.ts'
import { balancesForParams } from './balancesForParams.ts'
import type { RealtimeCacheUpdate } from './realtimeCacheUpdate.ts'

/**
 * A cached balances entry after the socket sent fresh balances of `chainIds` (`balance_data`):
 * those chains' wallets are replaced (cut to the entry's parameters), the other chains' kept,
 * and totals summed again when both are mixed. An entry of another chain is skipped; one whose
 * parameters are unknown is marked stale.
 *
 * @example
 * const update = mergeRealtimeBalances(cached, parseBalances(event.data), {}, new Set([421614]))
 */
export function mergeRealtimeBalances(
  cached: IbexBalances | undefined,
  incoming: IbexBalances,
  params: IbexQueryKeyParams,
  chainIds: ReadonlySet<number>,
): RealtimeCacheUpdate<IbexBalances> {
  if (typeof params.chainId === 'number' && !chainIds.has(params.chainId)) return { kind: 'skip' }
  const fresh = balancesForParams(incoming, params)
  if (!fresh) return { kind: 'stale' }
  const kept = cached?.wallets.filter((wallet) => !chainIds.has(wallet.chainId)) ?? []
  if (!cached || kept.length === 0) return { kind: 'set', data: fresh }
  // The fresh chains take the place of the first wallet they replace (else go last).
  const at = cached.wallets.findIndex((wallet) => chainIds.has(wallet.chainId))
  const before = at < 0 ? kept : cached.wallets.slice(0, at).filter((w) => !chainIds.has(w.chainId))
  const after = kept.slice(before.length)
  const wallets = [...before, ...fresh.wallets, ...after]
  return {
    kind: 'set',
    data: {
      timestamp: fresh.timestamp ?? cached.timestamp,
      wallets,
      totals: realtimeBalanceTotals(wallets, fresh.totals ?? cached.totals),
      pricesAvailable: fresh.pricesAvailable,
      fiat: fresh.fiat,
    },
  }
}
