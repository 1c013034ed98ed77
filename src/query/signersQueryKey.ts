import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexSigner } from '../core/parse/IbexSigner.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `signersQueryOptions(client)`: the user's signers for the signed-in user, tagged with its data
 * type. For `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds its own
 * key with it.
 *
 * @example
 * const signers = queryClient.getQueryData(signersQueryKey(client))
 */
export function signersQueryKey(client: IbexClient): IbexDataQueryKey<'signers', IbexSigner[]> {
  return userQueryFrame<'signers', IbexSigner[]>(client, 'signers', {}).queryKey
}
