'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type {
  UpdateUserDataParameters,
  UpdateUserDataReturnType,
} from '../../core/actions/data/updateUserData.ts'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import {
  updateUserDataMutationOptions,
  type UpdateUserDataMutationOptionsParameters,
} from '../../query/updateUserDataMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useUpdateUserData}. */
export type UseUpdateUserDataParameters = UpdateUserDataMutationOptionsParameters

/** Return type of {@link useUpdateUserData}: TanStack's mutation result. */
export type UseUpdateUserDataReturnType = UseMutationResult<
  UpdateUserDataReturnType,
  IbexQueryErrorType,
  UpdateUserDataParameters
>

/**
 * Writes the signed-in user's key/values (`POST /users/me`; `null` deletes a key). The profile
 * of `useUserData` shows the new values at once, goes back if IBEx refuses (then `error` is
 * set), and is refetched when the write settles. Never retried.
 *
 * @example
 * const { mutate: save, isPending } = useUpdateUserData()
 * <button type="button" disabled={isPending} onClick={() => save({ language: 'fr' })}>Français</button>
 */
export function useUpdateUserData(
  parameters: UseUpdateUserDataParameters = {},
): UseUpdateUserDataReturnType {
  const { client, queryClient } = useIbexContext('useUpdateUserData')
  // The factory types its errors as any IbexError; what it throws is this union.
  return useMutation(
    updateUserDataMutationOptions(client, parameters),
    queryClient,
  ) as UseUpdateUserDataReturnType
}
