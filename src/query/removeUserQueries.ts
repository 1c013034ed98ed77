import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

/**
 * Removes every cached query of one user of the client's tenant (`['ibex', scope,
 * externalUserId]`), which also cancels their requests in flight; other users, other tenants and
 * the app's own queries stay.
 *
 * @example
 * removeUserQueries(queryClient, client, user.externalUserId)
 */
export function removeUserQueries(
  queryClient: QueryClient,
  client: IbexClient,
  externalUserId: string,
): void {
  queryClient.removeQueries({
    queryKey: ibexQueryKeys.user(ibexQueryScope(client), externalUserId),
  })
}
