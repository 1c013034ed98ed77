'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  createContact,
  type CreateContactParameters,
} from '../../core/actions/addressBook/createContact.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexContact } from '../../core/parse/IbexContact.ts'
import { contactMutationOptions } from '../../query/contactMutationOptions.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useCreateContact}: TanStack's `mutation` options. */
export type UseCreateContactParameters = {
  mutation?: IbexMutationOverrides<IbexContact, CreateContactParameters> | undefined
}

/** Return type of {@link useCreateContact}: TanStack's mutation result. */
export type UseCreateContactReturnType = UseMutationResult<
  IbexContact,
  IbexError,
  CreateContactParameters
>

/**
 * Saves a contact (`POST /users/me/addressbook`): a name, crypto addresses and/or an IBAN with
 * its bank's BIC. Input is checked before any request (name, chain ids, checksummed addresses,
 * the IBAN's mod-97 checksum, the BIC). IBEx runs Verification-of-Payee on the IBAN: no match is
 * a 400 (`http/bad-request`, nothing saved); 10 failed checks in a UTC day, a 429
 * (`http/rate-limited`, `retryAfter`). The address book is refreshed after.
 *
 * @example
 * const { mutate: save, error } = useCreateContact()
 * save({ name: 'Ada', iban: 'FR76 3000 6000 0112 3456 7890 189', respondingPspBic: 'AGRIFRPP' })
 */
export function useCreateContact(
  parameters: UseCreateContactParameters = {},
): UseCreateContactReturnType {
  const { client, queryClient } = useIbexContext('useCreateContact')
  return useMutation(
    contactMutationOptions(client, 'createContact', createContact, parameters.mutation),
    queryClient,
  )
}
