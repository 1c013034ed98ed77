import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import {
  balancesQueryOptions,
  type BalancesQueryOptionsParameters,
} from '../query/balancesQueryOptions.ts'

/** Below this much access-token life left, a server skips its prefetch. */
const MIN_TOKEN_LIFE_MS = 10_000

/**
 * Prefetches the user's balances on the server into `queryClient`, under the key `useBalances`
 * reads, for TanStack's `dehydrate` + `<HydrationBoundary>`: the page's HTML then shows the
 * balances, and the browser makes no request for them. Skipped (resolves `false`) when nobody is
 * signed in or the access token has expired or is about to: the server never refreshes, the
 * browser fetches after its own refresh. Resolves `true` when the balances are in the cache.
 *
 * @example
 * const queryClient = new QueryClient()
 * await prefetchIbexBalances(queryClient, await createIbexServerClient(await cookies(), ibex))
 * return (
 *   <HydrationBoundary state={dehydrate(queryClient)}>
 *     <Balances />
 *   </HydrationBoundary>
 * )
 */
export async function prefetchIbexBalances(
  queryClient: QueryClient,
  client: IbexClient | null,
  parameters: Omit<BalancesQueryOptionsParameters, 'query'> = {},
): Promise<boolean> {
  if (!client) return false
  const snapshot = client.session.getSnapshot()
  if (snapshot.status !== 'signed-in' || snapshot.expiresAt - Date.now() < MIN_TOKEN_LIFE_MS) {
    return false
  }
  const options = balancesQueryOptions(client, parameters)
  await queryClient.prefetchQuery(options)
  return queryClient.getQueryState(options.queryKey)?.status === 'success'
}
