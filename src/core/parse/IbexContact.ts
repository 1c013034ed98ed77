import type { Address } from 'viem'

/**
 * A contact's IBAN, attached only after Verification-of-Payee matched the name (`vopResult`
 * `MTCH`).
 *
 * @example
 * contact.ibans.map((row) => row.iban)
 */
export type IbexContactIban = {
  iban: string
  bic: string | undefined
  holderName: string | undefined
  vopResult: string | undefined
  matchedName: string | undefined
  label: string | undefined
  verifiedAt: string | undefined
}

/**
 * A saved contact of the user's address book (`useAddressBook().data` items), from
 * `GET /users/me/addressbook` .
 *
 * @example
 * const to = contact.crypto.find((row) => row.chainId === 421614)?.address
 */
export type IbexContact = {
  id: string
  name: string
  label: string | undefined
  /** The user confirmed this contact themselves. */
  userValidated: boolean
  /** Crypto addresses per chain, checksummed. */
  crypto: { chainId: number; address: Address }[]
  ibans: IbexContactIban[]
  createdAt: string | undefined
  updatedAt: string | undefined
}
