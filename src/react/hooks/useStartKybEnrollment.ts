'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type {
  StartKybEnrollmentParameters,
  StartKybEnrollmentReturnType,
} from '../../core/actions/verification/startKybEnrollment.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { kybEnrollmentMutationOptions } from '../../query/kybEnrollmentMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useStartKybEnrollment}: TanStack's `mutation` options. */
export type UseStartKybEnrollmentParameters = {
  mutation?:
    IbexMutationOverrides<StartKybEnrollmentReturnType, StartKybEnrollmentParameters> | undefined
}

/** Return type of {@link useStartKybEnrollment}: TanStack's mutation result. */
export type UseStartKybEnrollmentReturnType = UseMutationResult<
  StartKybEnrollmentReturnType,
  IbexError,
  StartKybEnrollmentParameters
>

/**
 * Starts the KYB enrollment of the signed-in user's company:
 * `mutate({ email, companyRegistrationNumber, returnUrl? })` resolves with `chatbotFullURL`,
 * the page to open. Checked before any request: `validation/email-invalid`,
 * `validation/company-number-invalid`, `validation/return-url-invalid`; a second enrollment is
 * `http/conflict`. The KYC status refetches after.
 *
 * @example
 * const { mutate: enroll, data } = useStartKybEnrollment()
 * enroll({ email, companyRegistrationNumber: '552 100 554', returnUrl: location.href })
 */
export function useStartKybEnrollment(
  parameters: UseStartKybEnrollmentParameters = {},
): UseStartKybEnrollmentReturnType {
  const { client, queryClient } = useIbexContext('useStartKybEnrollment')
  return useMutation(kybEnrollmentMutationOptions(client, parameters.mutation), queryClient)
}
