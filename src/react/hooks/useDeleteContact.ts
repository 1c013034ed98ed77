'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  deleteContact,
  type DeleteContactParameters,
} from '../../core/actions/addressBook/deleteContact.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { contactMutationOptions } from '../../query/contactMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useDeleteContact}: TanStack's `mutation` options. */
export type UseDeleteContactParameters = {
  mutation?: IbexMutationOverrides<void, DeleteContactParameters> | undefined
}

/** Return type of {@link useDeleteContact}: TanStack's mutation result. */
export type UseDeleteContactReturnType = UseMutationResult<void, IbexError, DeleteContactParameters>

/**
 * Deletes a contact (`DELETE /users/me/addressbook/:id`); 404 (`http/not-found`) for one that
 * is not the user's. The address book is refreshed after.
 *
 * @example
 * const { mutate: remove } = useDeleteContact()
 * <button type="button" onClick={() => remove({ id: contact.id })}>Delete</button>
 */
export function useDeleteContact(
  parameters: UseDeleteContactParameters = {},
): UseDeleteContactReturnType {
  const { client, queryClient } = useIbexContext('useDeleteContact')
  return useMutation(
    contactMutationOptions(client, 'deleteContact', deleteContact, parameters.mutation),
    queryClient,
  )
}
