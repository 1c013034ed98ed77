import { getUserChains } from '../core/actions/data/getUserChains.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexUserChains } from '../core/parse/IbexUserChains.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { userChainsQueryKey } from './userChainsQueryKey.ts'

/** Parameters of {@link userChainsQueryOptions}. */
export type UserChainsQueryOptionsParameters<data = IbexUserChains> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexUserChains, data, 'userChains'> | undefined
}

/**
 * Query options of the user's chains and module states (`GET /users/me/chainid`, see
 * `getUserChains`), cached as `IbexUserChains` under `userChainsQueryKey(client)`. Fresh for
 * 5 min; disabled while signed out.
 *
 * @example
 * const { chains } = await queryClient.fetchQuery(userChainsQueryOptions(client))
 */
export function userChainsQueryOptions<data = IbexUserChains>(
  client: IbexClient,
  parameters: UserChainsQueryOptionsParameters<data> = {},
): IbexQueryOptions<'userChains', IbexUserChains, data> {
  return ibexUserQueryOptions(
    client,
    'userChains',
    userChainsQueryKey(client),
    parameters.query,
    ({ signal }) => getUserChains(client, { signal }),
  )
}
