import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexUserChains } from '../core/parse/IbexUserChains.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `userChainsQueryOptions(client)`: the user's chains and their modules for the signed-in user, tagged with its data
 * type. For `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds its own
 * key with it.
 *
 * @example
 * await queryClient.invalidateQueries({ queryKey: userChainsQueryKey(client) })
 */
export function userChainsQueryKey(client: IbexClient): IbexDataQueryKey<'userChains', IbexUserChains> {
  return userQueryFrame<'userChains', IbexUserChains>(client, 'userChains', {}).queryKey
}
