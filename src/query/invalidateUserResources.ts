import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { ibexQueryKeys, type IbexUserResource } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'

/**
 * Refetches the signed-in user's cached `resources` (every params of each); nothing while
 * signed out.
 *
 * @example
 * await invalidateUserResources(queryClient, client, ['addresses', 'userData'])
 */
export async function invalidateUserResources(
  queryClient: QueryClient,
  client: IbexClient,
  resources: readonly IbexUserResource[],
): Promise<void> {
  const user = client.session.getSnapshot().user
  if (!user) return
  const scope = ibexQueryScope(client)
  await Promise.all(
    resources.map((resource) =>
      queryClient.invalidateQueries({
        queryKey: [...ibexQueryKeys.user(scope, user.externalUserId), resource],
      }),
    ),
  )
}
