'use client'
import { useMutation, type UseMutationOptions, type UseMutationResult } from '@tanstack/react-query'
import type { IbexRequestErrorType } from '../../core/errors/IbexRequestErrorType.ts'
import {
  signOutMutationOptions,
  type SignOutMutationOptionsParameters,
} from '../../query/signOutMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useSignOut}. */
export type UseSignOutParameters = {
  /**
   * TanStack mutation options (`onSuccess`, `onError`, `meta` …).
   *
   * @example
   * useSignOut({ mutation: { onSuccess: () => navigate('/') } })
   */
  mutation?: Omit<
    UseMutationOptions<void, IbexRequestErrorType, void>,
    'mutationFn' | 'mutationKey' | 'retry'
  >
}

/** Return type of {@link useSignOut}. */
export type UseSignOutReturnType = UseMutationResult<void, IbexRequestErrorType, void>

/**
 * Signs the user out: forgets the tokens here and in every other tab (IBEx has no logout
 * endpoint), then removes the user's cached queries. Other users' and the app's own queries stay.
 *
 * @example
 * const { mutate: signOut, isPending } = useSignOut()
 * <button type="button" onClick={() => signOut()} disabled={isPending}>Sign out</button>
 */
export function useSignOut(parameters: UseSignOutParameters = {}): UseSignOutReturnType {
  const { client, queryClient } = useIbexContext('useSignOut')
  const options = signOutMutationOptions(client, parameters as SignOutMutationOptionsParameters)
  // The factory types its errors as any IbexError; what it throws is this union.
  return useMutation(options, queryClient) as UseSignOutReturnType
}
