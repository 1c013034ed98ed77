'use client'
import type { IbexContact } from '../../core/parse/IbexContact.ts'
import {
  addressBookQueryOptions,
  type AddressBookQueryOptionsParameters,
} from '../../query/addressBookQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useAddressBook}. */
export type UseAddressBookParameters<data = IbexContact[]> = AddressBookQueryOptionsParameters<data>

/** Return type of {@link useAddressBook}: TanStack's query result plus its `queryKey`. */
export type UseAddressBookReturnType<data = IbexContact[]> = IbexDataQueryResult<
  'addressBook',
  IbexContact[],
  data
>

/**
 * The signed-in user's saved contacts (`GET /users/me/addressbook`), each with its crypto
 * addresses per chain and its verified IBANs. Refreshed by `useCreateContact`,
 * `useUpdateContact`, `useDeleteContact` and the row hooks. Fresh for 5 min; idle while signed
 * out.
 *
 * @example
 * const { data: contacts = [] } = useAddressBook()
 * <select>{contacts.map((contact) => <option key={contact.id} value={contact.id}>{contact.name}</option>)}</select>
 */
export function useAddressBook<data = IbexContact[]>(
  parameters: UseAddressBookParameters<data> = {},
): UseAddressBookReturnType<data> {
  return useIbexDataQuery('useAddressBook', (client) => addressBookQueryOptions(client, parameters))
}
