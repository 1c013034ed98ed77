import type { MockUser } from '../state/MockUser.ts'
import type { MockContact } from './MockContact.ts'

/** One user's address book and the failed Verification-of-Payee checks per UTC day. */
export type MockAddressBook = {
  contacts: MockContact[]
  failedVopByDay: Map<string, number>
}

// Kept beside the user rather than in MockUser, so the address book stays one additive module;
// it lives and dies with the user object of its mock instance.
const books = new WeakMap<MockUser, MockAddressBook>()

/**
 * The user's address book in the mock, created empty on first use.
 *
 * @example
 * addressBookOf(view.user).contacts.filter((contact) => !contact.deleted)
 */
export function addressBookOf(user: MockUser): MockAddressBook {
  let book = books.get(user)
  if (!book) {
    book = { contacts: [], failedVopByDay: new Map() }
    books.set(user, book)
  }
  return book
}
