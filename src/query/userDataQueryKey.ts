import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexUserData } from '../core/parse/IbexUserData.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `userDataQueryOptions(client)`: the signed-in user's entry, tagged with its data
 * type. For `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds its own
 * key with it.
 *
 * @example
 * const cached = queryClient.getQueryData(userDataQueryKey(client))
 */
export function userDataQueryKey(client: IbexClient): IbexDataQueryKey<'userData', IbexUserData> {
  return userQueryFrame<'userData', IbexUserData>(client, 'userData', {}).queryKey
}
