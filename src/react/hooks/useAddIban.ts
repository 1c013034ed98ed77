'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { addIban, type AddIbanParameters } from '../../core/actions/sepa/addIban.ts'
import type { IbexIban } from '../../core/parse/IbexIban.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { sepaMutationOptions } from '../../query/sepaMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useAddIban}: TanStack's `mutation` options. */
export type UseAddIbanParameters = {
  mutation?: IbexMutationOverrides<IbexIban, AddIbanParameters> | undefined
}

/** Return type of {@link useAddIban}: TanStack's mutation result. */
export type UseAddIbanReturnType = UseMutationResult<IbexIban, IbexError, AddIbanParameters>

/**
 * Opens an IBAN for the user's Safe (`POST` then `PUT /sepa/iban/add`), approved with the user's
 * passkey: the browser asks for it between the two requests. The holder's name and label are
 * checked before any request. IBEx refuses a Safe that is not the user's (404), more IBANs than
 * the tenant allows (429), a user without a passkey (400), an approval that expired or was used
 * (409, `http/conflict`); closing the prompt is `webauthn/cancelled`. Refreshes `useIbans()`.
 *
 * @example
 * const { mutate: addIban, isPending } = useAddIban()
 * <button type="button" onClick={() => addIban({ holderName: 'Ada Lovelace' })}>Get an IBAN</button>
 */
export function useAddIban(parameters: UseAddIbanParameters = {}): UseAddIbanReturnType {
  const { client, queryClient } = useIbexContext('useAddIban')
  return useMutation(
    sepaMutationOptions(client, 'addIban', addIban, ['ibans'], parameters.mutation),
    queryClient,
  )
}
