import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { removeUserQueries } from './removeUserQueries.ts'

/**
 * Watches the session and removes a user's cached queries once that user is no longer the one
 * signed in: a sign-out here or in another tab, a refused refresh, or another user signing in.
 * A token refresh of the same user keeps everything. Returns the function that stops watching.
 *
 * @example
 * useEffect(() => clearQueriesOnSessionEnd(client, queryClient), [client, queryClient])
 */
export function clearQueriesOnSessionEnd(client: IbexClient, queryClient: QueryClient): () => void {
  const userOf = () => client.session.getSnapshot().user?.externalUserId
  let current = userOf()
  return client.session.subscribe(() => {
    const next = userOf()
    if (next === current) return
    const previous = current
    current = next
    if (previous !== undefined) removeUserQueries(queryClient, client, previous)
  })
}
