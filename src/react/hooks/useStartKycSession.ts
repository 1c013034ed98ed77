'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type {
  StartKycSessionParameters,
  StartKycSessionReturnType,
} from '../../core/actions/verification/startKycSession.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { kycSessionMutationOptions } from '../../query/kycSessionMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useStartKycSession}: TanStack's `mutation` options. */
export type UseStartKycSessionParameters = {
  mutation?: IbexMutationOverrides<StartKycSessionReturnType, StartKycSessionParameters> | undefined
}

/** Return type of {@link useStartKycSession}: TanStack's mutation result. */
export type UseStartKycSessionReturnType = UseMutationResult<
  StartKycSessionReturnType,
  IbexError,
  StartKycSessionParameters
>

/**
 * Starts (or resumes) the signed-in user's KYC session: `mutate({ language? })` resolves with
 * `chatbotFullURL`, the page to show in an iframe. A bad `language` is
 * `validation/language-invalid`, before any request. Follow the outcome with `useKycStatus`.
 *
 * @example
 * const { mutate: startKyc, data } = useStartKycSession()
 * startKyc({ language: 'fr' })
 * return data ? <iframe title="Identity check" src={data.chatbotFullURL} /> : null
 */
export function useStartKycSession(
  parameters: UseStartKycSessionParameters = {},
): UseStartKycSessionReturnType {
  const { client, queryClient } = useIbexContext('useStartKycSession')
  return useMutation(kycSessionMutationOptions(client, parameters.mutation), queryClient)
}
