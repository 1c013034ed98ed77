import type { Address } from 'viem'
import type { IbexContact } from '../../core/parse/IbexContact.ts'

/** A saved contact's address on one chain, as the recipient field offers it. */
export type ChainContact = { id: string; name: string; label: string | undefined; address: Address }

/**
 * The contacts of the address book that have an address on `chainId`, one entry per address,
 * sorted by name in the locale's order.
 *
 * @example
 * chainContacts(contacts, 421614, 'fr') // [{ id, name: 'Alice', label: undefined, address: '0x…' }]
 */
export function chainContacts(
  contacts: readonly IbexContact[] | undefined,
  chainId: number | undefined,
  locale: string,
): ChainContact[] {
  if (!contacts || chainId === undefined) return []
  const collator = new Intl.Collator(locale, { sensitivity: 'base' })
  return contacts
    .flatMap((contact) =>
      contact.crypto
        .filter((row) => row.chainId === chainId)
        .map((row) => ({
          id: contact.id,
          name: contact.name,
          label: contact.label,
          address: row.address,
        })),
    )
    .sort((a, b) => collator.compare(a.name, b.name))
}
