'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import {
  updateMandateStatus,
  type UpdateMandateStatusParameters,
} from '../../core/actions/sepa/updateMandateStatus.ts'
import type { IbexMandate } from '../../core/parse/IbexMandate.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { sepaMutationOptions } from '../../query/sepaMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useUpdateMandateStatus}: TanStack's `mutation` options. */
export type UseUpdateMandateStatusParameters = {
  mutation?: IbexMutationOverrides<IbexMandate, UpdateMandateStatusParameters> | undefined
}

/** Return type of {@link useUpdateMandateStatus}: TanStack's mutation result. */
export type UseUpdateMandateStatusReturnType = UseMutationResult<
  IbexMandate,
  IbexError,
  UpdateMandateStatusParameters
>

/**
 * Suspends (`suspended`), resumes (`validated`) or cancels (`cancelled`) a mandate
 * (`PATCH /sepa/mandates/:id/status`). Cancelled is final: any change after it is IBEx's 409
 * (`http/conflict`). Refreshes `useMandates()`.
 *
 * @example
 * const { mutate: setStatus } = useUpdateMandateStatus()
 * setStatus({ id: mandate.id, status: 'suspended' })
 */
export function useUpdateMandateStatus(
  parameters: UseUpdateMandateStatusParameters = {},
): UseUpdateMandateStatusReturnType {
  const { client, queryClient } = useIbexContext('useUpdateMandateStatus')
  return useMutation(
    sepaMutationOptions(
      client,
      'updateMandateStatus',
      updateMandateStatus,
      ['mandates'],
      parameters.mutation,
    ),
    queryClient,
  )
}
