import { addressBookOf } from '../addressBook/addressBookOf.ts'
import type { MockView } from './MockView.ts'

/**
 * `GET /users/me/addressbook` , also the `addressbook` section of
 * `/users/me`: the user's contacts that are not deleted, without the tombstone flag.
 *
 * @example
 * buildAddressBook(view).data.length // 0 for a new user
 */
export function buildAddressBook(view: MockView): { success: true; data: unknown[] } {
  return {
    success: true,
    data: addressBookOf(view.user)
      .contacts.filter((contact) => !contact.deleted)
      .map(({ deleted: _deleted, ...entry }) => entry),
  }
}
