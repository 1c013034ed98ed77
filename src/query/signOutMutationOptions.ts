import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import { ibexMutationOptions, type IbexMutationOverrides } from './ibexMutationOptions.ts'
import { removeUserQueries } from './removeUserQueries.ts'

/** Parameters of {@link signOutMutationOptions}. */
export type SignOutMutationOptionsParameters = {
  /** TanStack options of the caller (`onSuccess`, `meta` …), applied under the kit's own. */
  mutation?: IbexMutationOverrides<void, void> | undefined
}

/**
 * Mutation options that sign the user out: the session is forgotten here and in every tab
 * (`client.signOut()`, no request: IBEx has no logout endpoint), then the user's cached queries
 * are removed. Never retried; works offline.
 *
 * @example
 * await new MutationObserver(queryClient, signOutMutationOptions(client)).mutate()
 */
export function signOutMutationOptions(
  client: IbexClient,
  parameters: SignOutMutationOptionsParameters = {},
): MutationOptions<void, IbexError, void> {
  return ibexMutationOptions(
    client,
    'signOut',
    parameters.mutation,
    async (_variables, context) => {
      const user = client.session.getSnapshot().user
      await client.signOut()
      if (user) removeUserQueries(context.client, client, user.externalUserId)
    },
  )
}
