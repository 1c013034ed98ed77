'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  addContactCrypto,
  type AddContactCryptoParameters,
} from '../../core/actions/addressBook/addContactCrypto.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexContact } from '../../core/parse/IbexContact.ts'
import { contactMutationOptions } from '../../query/contactMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useAddContactCrypto}: TanStack's `mutation` options. */
export type UseAddContactCryptoParameters = {
  mutation?: IbexMutationOverrides<IbexContact, AddContactCryptoParameters> | undefined
}

/** Return type of {@link useAddContactCrypto}: TanStack's mutation result. */
export type UseAddContactCryptoReturnType = UseMutationResult<
  IbexContact,
  IbexError,
  AddContactCryptoParameters
>

/**
 * Adds an address on a chain to a contact (`POST /users/me/addressbook/:id/crypto`); the chain
 * id and the address (checksum) are checked before any request; an address already saved on
 * that chain is a 409 (`http/conflict`). The address book is refreshed after.
 *
 * @example
 * const { mutate: add } = useAddContactCrypto()
 * add({ id: contact.id, chainId: 100, address: '0x…' })
 */
export function useAddContactCrypto(
  parameters: UseAddContactCryptoParameters = {},
): UseAddContactCryptoReturnType {
  const { client, queryClient } = useIbexContext('useAddContactCrypto')
  return useMutation(
    contactMutationOptions(client, 'addContactCrypto', addContactCrypto, parameters.mutation),
    queryClient,
  )
}
