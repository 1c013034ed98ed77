'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import type { VerificationData } from '../../query/verificationMutationOptions.ts'
import {
  verifyEmailMutationOptions,
  type VerifyEmailVariables,
} from '../../query/verifyEmailMutationOptions.ts'

/** Parameters of {@link useVerifyEmail}: TanStack's `mutation` options. */
export type UseVerifyEmailParameters = {
  mutation?: IbexMutationOverrides<VerificationData, VerifyEmailVariables> | undefined
}

/** Return type of {@link useVerifyEmail}: TanStack's mutation result. */
export type UseVerifyEmailReturnType = UseMutationResult<
  VerificationData,
  IbexError,
  VerifyEmailVariables
>

/**
 * Verifies an email address in two steps: `mutate({ email })` sends a 6-digit code
 * (`POST /users/me/validate-email`; `data.step === 'code-sent'`, with `devCode` in IBEx's dry-run
 * mode only), then `mutate({ email, code })` confirms it (`confirm-email`; `data.step ===
 * 'verified'`). Checked before any request: the address (`validation/email-invalid`), the 6
 * digits (`validation/code-malformed`). A wrong, expired or used code is
 * `validation/code-wrong`, `-expired` or `-used`; after 5 wrong codes, a 429
 * (`http/rate-limited`: send a new code). The profile and KYC status refresh after.
 *
 * @example
 * const { mutate: verify, data, error } = useVerifyEmail()
 * verify({ email })          // step 1: the code is sent
 * verify({ email, code })    // step 2: data.step === 'verified'
 */
export function useVerifyEmail(
  parameters: UseVerifyEmailParameters = {},
): UseVerifyEmailReturnType {
  const { client, queryClient } = useIbexContext('useVerifyEmail')
  return useMutation(verifyEmailMutationOptions(client, parameters.mutation), queryClient)
}
