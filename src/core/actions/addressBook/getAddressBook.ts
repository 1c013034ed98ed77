import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexContact } from '../../parse/IbexContact.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

/** The user's contacts (see `IbexContact`). */
export type GetAddressBookReturnType = IbexContact[]

/**
 * `GET /v1.2/users/me/addressbook`: the user's saved contacts, each with its
 * crypto addresses per chain and its verified IBANs.
 *
 * @example
 * const contacts = await getAddressBook(client)
 */
export function getAddressBook(
  client: IbexClient,
  options: IbexActionOptions = {},
): Promise<GetAddressBookReturnType> {
  return client.request({
    path: '/v1.2/users/me/addressbook',
    schema: () =>
      loadOnDemand(
        'The address book reader',
        () => import('../../schemas/addressBookResponseSchema.ts'),
      ).then((module) => module.addressBookResponseSchema),
    signal: options.signal,
  })
}
