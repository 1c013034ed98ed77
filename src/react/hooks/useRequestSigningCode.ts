'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { RequestSigningCodeReturnType } from '../../core/operations/requestSigningCode.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { requestSigningCodeMutationOptions } from '../../query/requestSigningCodeMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Parameters of {@link useRequestSigningCode}. */
export type UseRequestSigningCodeParameters = {
  mutation?: IbexMutationOverrides<RequestSigningCodeReturnType, void> | undefined
}

/** Return type of {@link useRequestSigningCode}. */
export type UseRequestSigningCodeReturnType = UseMutationResult<
  RequestSigningCodeReturnType,
  IbexQueryErrorType,
  void
>

/**
 * For email users: emails a 6-digit code to pass as `emailCode`, with the passphrase, to their
 * next operation hook. Needed once per page session (the encrypted key backup it unlocks stays
 * in memory); the operation asks for it with `validation/code-missing` on `emailCode`.
 *
 * @example
 * const { mutate: sendCode, data } = useRequestSigningCode()
 * const transfer = useTransfer()
 * {transfer.error?.code === 'validation/code-missing' && <button type="button" onClick={() => sendCode()}>Email me a code</button>}
 */
export function useRequestSigningCode(
  parameters: UseRequestSigningCodeParameters = {},
): UseRequestSigningCodeReturnType {
  const { client, queryClient } = useIbexContext('useRequestSigningCode')
  // The factory types its errors as any IbexError; what it throws is this union.
  return useMutation(
    requestSigningCodeMutationOptions(client, parameters),
    queryClient,
  ) as UseRequestSigningCodeReturnType
}
