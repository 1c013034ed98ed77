import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexChain } from '../core/parse/IbexChain.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `chainsQueryOptions(client)`: the signed-in user's entry, tagged with its data
 * type. For `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds its own
 * key with it.
 *
 * @example
 * const cached = queryClient.getQueryData(chainsQueryKey(client))
 */
export function chainsQueryKey(client: IbexClient): IbexDataQueryKey<'chains', IbexChain[]> {
  return userQueryFrame<'chains', IbexChain[]>(client, 'chains', {}).queryKey
}
