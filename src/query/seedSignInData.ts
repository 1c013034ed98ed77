import type { QueryClient } from '@tanstack/query-core'
import type { CeremonyResult } from '../core/actions/signUp.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import type { IbexUserResource } from './ibexQueryKeys.ts'
import { signInSeedTargets } from './signInSeedTargets.ts'

async function loadSeedReader(
  resource: IbexUserResource,
): Promise<((block: unknown) => unknown) | undefined> {
  switch (resource) {
    case 'balances':
      return (
        await loadOnDemand('The sign-in balance reader', () => import('./signInSeedBalances.ts'))
      ).signInSeedBalances
    case 'transactions':
      return (
        await loadOnDemand(
          'The sign-in transactions reader',
          () => import('./signInSeedTransactions.ts'),
        )
      ).signInSeedTransactions
    case 'userData':
      return (
        await loadOnDemand('The sign-in user-data reader', () => import('./signInSeedUserData.ts'))
      ).signInSeedUserData
    default:
      return undefined
  }
}

/**
 * Writes the enrichment of a sign-in (`includeBalance`, `includeTransactions`,
 * `includeUserdata`, polled or not) into the cache, where the data hooks read it with their
 * default parameters, so they make no request right after the sign-in:
 *
 * | sign-in block  | query key (scope = `ibexQueryScope(client)`)          | read by             |
 * |----------------|-------------------------------------------------------|---------------------|
 * | `balance`      | `ibexQueryKeys.balances(scope, externalUserId)`       | `useBalances()`     |
 * | `transactions` | `ibexQueryKeys.transactions(scope, externalUserId)`   | `useTransactions()` |
 * | `userdata`     | `ibexQueryKeys.userData(scope, externalUserId)`       | `useUserData()`     |
 *
 * (params `{}` in each key; see `signInSeedTargets`). The blocks are what IBEx serves for those
 * requests without parameters (docs/protocol.md: the same builders as `/users/me`, `/balances`
 * and `/transactions`; the sign-in balance also lists zero-balance tokens), stored in the shape
 * those queries cache (`signInSeedData`: `IbexBalances`, the first page of the transactions
 * infinite query, `IbexUserData`). A data query that starts while the sign-in is still running
 * waits for it (see `withSignInSeed`). Results without enrichment change nothing.
 *
 * @example
 * const result = await signIn(client, { includeBalance: true })
 * await seedSignInData(queryClient, client, result)
 */
export async function seedSignInData(
  queryClient: QueryClient,
  client: IbexClient,
  result: CeremonyResult,
): Promise<void> {
  if (result.status !== 'signed-in' || !result.enrichment) return
  const { enrichment } = result
  const scope = ibexQueryScope(client)
  const { externalUserId } = result.user
  // The parser of each block loads only once a sign-in has sent it (a balance-only sign-in never
  // downloads the transactions or user-data readers), all of them at once.
  const seeds = await Promise.all(
    signInSeedTargets.map(async ({ block, resource }) => {
      const sent = enrichment[block]
      if (sent === undefined) return undefined
      const read = await loadSeedReader(resource)
      // Parsed into what the data queries cache; a block that cannot be read is not seeded.
      return { resource, data: read?.(sent) }
    }),
  )
  for (const seed of seeds) {
    if (seed?.data !== undefined) {
      queryClient.setQueryData(ibexQueryKeys[seed.resource](scope, externalUserId), seed.data)
    }
  }
}
