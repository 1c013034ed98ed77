import type { InfiniteData } from '@tanstack/query-core'
import { IbexError } from '../core/errors/IbexError.ts'
import type { IbexTransactionsPage } from '../core/parse/IbexTransactions.ts'
import { parseBalances } from '../core/parse/parseBalances.ts'
import { parseTransactionsPage } from '../core/parse/parseTransactionsPage.ts'
import { parseUserData } from '../core/parse/parseUserData.ts'
import { balancesForParams } from './balancesForParams.ts'
import type { IbexUserResource } from './ibexQueryKeys.ts'

const ENDPOINT = 'POST /v1.2/auth/sign-in'

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
  try {
    switch (resource) {
      case 'balances':
        // The sign-in lists every token, zeros and empty wallets included (docs/protocol.md);
        // `useBalances()` asks for the default: seed what it would get.
        return balancesForParams(parseBalances(block, { endpoint: `${ENDPOINT} (balance)` }), {})
      case 'transactions': {
        const page = parseTransactionsPage(block, { endpoint: `${ENDPOINT} (transactions)` })
        const data: InfiniteData<IbexTransactionsPage, number> = { pages: [page], pageParams: [1] }
        return data
      }
      case 'userData':
        return parseUserData(block, { endpoint: `${ENDPOINT} (userdata)` })
      default:
        return undefined
    }
  } catch (error) {
    if (error instanceof IbexError) return undefined
    throw error
  }
}
