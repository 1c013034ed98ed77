'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { cancelMandate } from '../../core/actions/sepa/cancelMandate.ts'
import type { IbexMandate } from '../../core/parse/IbexMandate.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { sepaMutationOptions } from '../../query/sepaMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useCancelMandate}: TanStack's `mutation` options. */
export type UseCancelMandateParameters = {
  mutation?: IbexMutationOverrides<IbexMandate, { id: string }> | undefined
}

/** Return type of {@link useCancelMandate}: TanStack's mutation result. */
export type UseCancelMandateReturnType = UseMutationResult<IbexMandate, IbexError, { id: string }>

/**
 * Cancels a mandate for good (`POST /sepa/mandates/:id/cancel`); a second cancel, or any change
 * after it, is IBEx's 409 (`http/conflict`). Refreshes `useMandates()`.
 *
 * @example
 * const { mutate: cancel } = useCancelMandate()
 * <button type="button" onClick={() => cancel({ id: mandate.id })}>Stop forwarding</button>
 */
export function useCancelMandate(
  parameters: UseCancelMandateParameters = {},
): UseCancelMandateReturnType {
  const { client, queryClient } = useIbexContext('useCancelMandate')
  return useMutation(
    sepaMutationOptions(client, 'cancelMandate', cancelMandate, ['mandates'], parameters.mutation),
    queryClient,
  )
}
