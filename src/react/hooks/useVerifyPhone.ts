'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import type { VerificationData } from '../../query/verificationMutationOptions.ts'
import {
  verifyPhoneMutationOptions,
  type VerifyPhoneVariables,
} from '../../query/verifyPhoneMutationOptions.ts'

/** Parameters of {@link useVerifyPhone}: TanStack's `mutation` options. */
export type UseVerifyPhoneParameters = {
  mutation?: IbexMutationOverrides<VerificationData, VerifyPhoneVariables> | undefined
}

/** Return type of {@link useVerifyPhone}: TanStack's mutation result. */
export type UseVerifyPhoneReturnType = UseMutationResult<
  VerificationData,
  IbexError,
  VerifyPhoneVariables
>

/**
 * Verifies a phone number in two steps: `mutate({ telephone })` texts a 6-digit code
 * (`POST /users/me/validate-sms`; `data.step === 'code-sent'`, with `devCode` in IBEx's dry-run
 * mode only), then `mutate({ telephone, code })` confirms it (`confirm-sms`; `data.step ===
 * 'verified'`). Checked before any request: the number in international form
 * (`validation/phone-invalid`; French mobiles only with `phonePolicy: 'frMobile'`), the 6 digits
 * (`validation/code-malformed`). A wrong, expired or used code is `validation/code-wrong`,
 * `-expired` or `-used`; after 5 wrong codes, or past 10 SMS a day to one phone outside
 * dry-run mode, a 429 (`http/rate-limited`).
 *
 * @example
 * const { mutate: verify, data } = useVerifyPhone()
 * verify({ telephone: '+33 6 12 34 56 78' })
 * verify({ telephone: '+33 6 12 34 56 78', code }) // data.step === 'verified'
 */
export function useVerifyPhone(
  parameters: UseVerifyPhoneParameters = {},
): UseVerifyPhoneReturnType {
  const { client, queryClient } = useIbexContext('useVerifyPhone')
  return useMutation(verifyPhoneMutationOptions(client, parameters.mutation), queryClient)
}
