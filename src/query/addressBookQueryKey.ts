import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexContact } from '../core/parse/IbexContact.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `addressBookQueryOptions(client)`: the user's address book for the signed-in user, tagged with its data
 * type. For `invalidateQueries`, `getQueryData` and `setQueryData`; the factory builds its own
 * key with it.
 *
 * @example
 * const contacts = queryClient.getQueryData(addressBookQueryKey(client))
 */
export function addressBookQueryKey(client: IbexClient): IbexDataQueryKey<'addressBook', IbexContact[]> {
  return userQueryFrame<'addressBook', IbexContact[]>(client, 'addressBook', {}).queryKey
}
