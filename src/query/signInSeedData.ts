import type { IbexUserResource } from './ibexQueryKeys.ts'
import { signInSeedBalances } from './signInSeedBalances.ts'
import { signInSeedTransactions } from './signInSeedTransactions.ts'
import { signInSeedUserData } from './signInSeedUserData.ts'

/**
 * What a block of an enriched sign-in becomes in the cache, in the shape the data queries keep
 * (see `signInSeedTargets`): `balance` → `IbexBalances` without zero balances (what
 * `useBalances()` reads), `transactions` → the first page of the transactions infinite query
 * (`InfiniteData<IbexTransactionsPage, number>`), `userdata` → `IbexUserData`. `undefined` for a
 * block whose shape cannot be read (the query then fetches) or a resource that is not seeded.
 *
 * @example
 * const data = signInSeedData('balances', result.enrichment?.balance)
 * if (data !== undefined) queryClient.setQueryData(ibexQueryKeys.balances(scope, id), data)
 */
export function signInSeedData(resource: IbexUserResource, block: unknown): unknown {
  switch (resource) {
    case 'balances':
      return signInSeedBalances(block)
    case 'transactions':
      return signInSeedTransactions(block)
    case 'userData':
      return signInSeedUserData(block)
    default:
      return undefined
  }
}
