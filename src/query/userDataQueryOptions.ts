import { getUserData } from '../core/actions/data/getUserData.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexUserData } from '../core/parse/IbexUserData.ts'
import { userDataQueryKey } from './userDataQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { withSignInSeed } from './withSignInSeed.ts'

/** Parameters of {@link userDataQueryOptions}. */
export type UserDataQueryOptionsParameters<data = IbexUserData> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexUserData, data, 'userData'> | undefined
}

/**
 * Query options of the user's profile (`GET /users/me`, see `getUserData`), cached as
 * `IbexUserData` under `ibexQueryKeys.userData(scope, externalUserId)`: the entry a sign-in with
 * `includeUserdata` seeds (a query started during that sign-in waits for it). Fresh for 5 min;
 * disabled while signed out. `updateUserDataMutationOptions` updates it optimistically.
 *
 * @example
 * const profile = await queryClient.fetchQuery(userDataQueryOptions(client))
 */
export function userDataQueryOptions<data = IbexUserData>(
  client: IbexClient,
  parameters: UserDataQueryOptionsParameters<data> = {},
): IbexQueryOptions<'userData', IbexUserData, data> {
  return ibexUserQueryOptions(
    client,
    'userData',
    userDataQueryKey(client),
    parameters.query,
    withSignInSeed(({ signal }) => getUserData(client, { signal })),
  )
}
