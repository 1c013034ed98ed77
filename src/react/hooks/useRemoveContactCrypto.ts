'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  removeContactCrypto,
  type RemoveContactCryptoParameters,
} from '../../core/actions/addressBook/removeContactCrypto.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { contactMutationOptions } from '../../query/contactMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useRemoveContactCrypto}: TanStack's `mutation` options. */
export type UseRemoveContactCryptoParameters = {
  mutation?: IbexMutationOverrides<void, RemoveContactCryptoParameters> | undefined
}

/** Return type of {@link useRemoveContactCrypto}: TanStack's mutation result. */
export type UseRemoveContactCryptoReturnType = UseMutationResult<
  void,
  IbexError,
  RemoveContactCryptoParameters
>

/**
 * Removes one crypto row of a contact
 * (`DELETE /users/me/addressbook/:id/crypto/:chainId/:address`). The address book is refreshed
 * after.
 *
 * @example
 * const { mutate: remove } = useRemoveContactCrypto()
 * remove({ id: contact.id, chainId: row.chainId, address: row.address })
 */
export function useRemoveContactCrypto(
  parameters: UseRemoveContactCryptoParameters = {},
): UseRemoveContactCryptoReturnType {
  const { client, queryClient } = useIbexContext('useRemoveContactCrypto')
  return useMutation(
    contactMutationOptions(client, 'removeContactCrypto', removeContactCrypto, parameters.mutation),
    queryClient,
  )
}
