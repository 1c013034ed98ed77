'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  updateContact,
  type UpdateContactParameters,
} from '../../core/actions/addressBook/updateContact.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexContact } from '../../core/parse/IbexContact.ts'
import { contactMutationOptions } from '../../query/contactMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useUpdateContact}: TanStack's `mutation` options. */
export type UseUpdateContactParameters = {
  mutation?: IbexMutationOverrides<IbexContact, UpdateContactParameters> | undefined
}

/** Return type of {@link useUpdateContact}: TanStack's mutation result. */
export type UseUpdateContactReturnType = UseMutationResult<
  IbexContact,
  IbexError,
  UpdateContactParameters
>

/**
 * Changes a contact's name, label (`null` clears it) or `userValidated`
 * (`PUT /users/me/addressbook/:id`); at least one is needed, checked before any request. The
 * address book is refreshed after.
 *
 * @example
 * const { mutate: update } = useUpdateContact()
 * update({ id: contact.id, label: 'Landlord' })
 */
export function useUpdateContact(
  parameters: UseUpdateContactParameters = {},
): UseUpdateContactReturnType {
  const { client, queryClient } = useIbexContext('useUpdateContact')
  return useMutation(
    contactMutationOptions(client, 'updateContact', updateContact, parameters.mutation),
    queryClient,
  )
}
