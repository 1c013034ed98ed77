'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  createMandate,
  type CreateMandateParameters,
} from '../../core/actions/sepa/createMandate.ts'
import type { IbexMandate } from '../../core/parse/IbexMandate.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { sepaMutationOptions } from '../../query/sepaMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useCreateMandate}: TanStack's `mutation` options. */
export type UseCreateMandateParameters = {
  mutation?: IbexMutationOverrides<IbexMandate, CreateMandateParameters> | undefined
}

/** Return type of {@link useCreateMandate}: TanStack's mutation result. */
export type UseCreateMandateReturnType = UseMutationResult<
  IbexMandate,
  IbexError,
  CreateMandateParameters
>

/**
 * Creates a SEPA mandate (`POST /sepa/mandates`): forward `percent` of what reaches
 * `sourceIban` to `destinationIban`, authorised by a message the user's Safe signed with
 * `useSignMessage()` (starting `IBEX_SEPA_MANDATE_V1`). IBANs, BIC, percent, trigger and
 * signature are checked before any request; a source IBAN that is not the user's is 403, a
 * message the Safe did not sign 400. Refreshes `useMandates()`.
 *
 * @example
 * const sign = useSignMessage()
 * const create = useCreateMandate()
 * const signed = await sign.mutateAsync({ message })
 * create.mutate({ sourceIban, destinationIban, percent: 20, signature: { message, signature: signed.operation.signature, safeOperationUserOpHash: signed.userOpHash } })
 */
export function useCreateMandate(
  parameters: UseCreateMandateParameters = {},
): UseCreateMandateReturnType {
  const { client, queryClient } = useIbexContext('useCreateMandate')
  return useMutation(
    sepaMutationOptions(client, 'createMandate', createMandate, ['mandates'], parameters.mutation),
    queryClient,
  )
}
