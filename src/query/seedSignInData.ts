import type { QueryClient } from '@tanstack/query-core'
import type { CeremonyResult } from '../core/actions/signUp.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { signInSeedTargets } from './signInSeedTargets.ts'

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
  // The parsers of the enrichment blocks load only once a sign-in has asked for them.
  const { signInSeedData } = await loadOnDemand(
    'The sign-in data reader',
    () => import('./signInSeedData.ts'),
  )
  const scope = ibexQueryScope(client)
  const { externalUserId } = result.user
  for (const { block, resource } of signInSeedTargets) {
    const sent = result.enrichment[block]
    // Parsed into what the data queries cache; a block that cannot be read is not seeded.
    const data = sent === undefined ? undefined : signInSeedData(resource, sent)
    if (data !== undefined) {
      queryClient.setQueryData(ibexQueryKeys[resource](scope, externalUserId), data)
    }
  }
}
