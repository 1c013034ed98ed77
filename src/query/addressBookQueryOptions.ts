import { getAddressBook } from '../core/actions/addressBook/getAddressBook.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexContact } from '../core/parse/IbexContact.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { addressBookQueryKey } from './addressBookQueryKey.ts'

/** Parameters of {@link addressBookQueryOptions}. */
export type AddressBookQueryOptionsParameters<data = IbexContact[]> = {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexContact[], data, 'addressBook'> | undefined
}

/**
 * Query options of the user's address book (`GET /users/me/addressbook`, see `getAddressBook`),
 * cached as `IbexContact[]` under `addressBookQueryKey(client)`. Fresh for 5 min (the contact
 * mutations refresh it); disabled while signed out.
 *
 * @example
 * const contacts = await queryClient.fetchQuery(addressBookQueryOptions(client))
 */
export function addressBookQueryOptions<data = IbexContact[]>(
  client: IbexClient,
  parameters: AddressBookQueryOptionsParameters<data> = {},
): IbexQueryOptions<'addressBook', IbexContact[], data> {
  return ibexUserQueryOptions(
    client,
    'addressBook',
    addressBookQueryKey(client),
    parameters.query,
    ({ signal }) => getAddressBook(client, { signal }),
  )
}
