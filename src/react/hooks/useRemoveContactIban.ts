'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  removeContactIban,
  type RemoveContactIbanParameters,
} from '../../core/actions/addressBook/removeContactIban.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { contactMutationOptions } from '../../query/contactMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useRemoveContactIban}: TanStack's `mutation` options. */
export type UseRemoveContactIbanParameters = {
  mutation?: IbexMutationOverrides<void, RemoveContactIbanParameters> | undefined
}

/** Return type of {@link useRemoveContactIban}: TanStack's mutation result. */
export type UseRemoveContactIbanReturnType = UseMutationResult<
  void,
  IbexError,
  RemoveContactIbanParameters
>

/**
 * Removes an IBAN from a contact (`DELETE /users/me/addressbook/:id/ibans/:iban`, no
 * Verification-of-Payee); the IBAN is checked before any request. The address book is refreshed
 * after.
 *
 * @example
 * const { mutate: remove } = useRemoveContactIban()
 * remove({ id: contact.id, iban: row.iban })
 */
export function useRemoveContactIban(
  parameters: UseRemoveContactIbanParameters = {},
): UseRemoveContactIbanReturnType {
  const { client, queryClient } = useIbexContext('useRemoveContactIban')
  return useMutation(
    contactMutationOptions(client, 'removeContactIban', removeContactIban, parameters.mutation),
    queryClient,
  )
}
