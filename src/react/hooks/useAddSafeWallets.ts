'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import {
  addSafeWallets,
  type AddSafeWalletsParameters,
  type AddSafeWalletsReturnType,
} from '../../core/actions/wallets/addSafeWallets.ts'
import { walletMutationOptions } from '../../query/walletMutationOptions.ts'

/** Parameters of {@link useAddSafeWallets}: TanStack's `mutation` options. */
export type UseAddSafeWalletsParameters = {
  mutation?: IbexMutationOverrides<AddSafeWalletsReturnType, AddSafeWalletsParameters> | undefined
}

/** Return type of {@link useAddSafeWallets}: TanStack's mutation result. */
export type UseAddSafeWalletsReturnType = UseMutationResult<
  AddSafeWalletsReturnType,
  IbexError,
  AddSafeWalletsParameters
>

/**
 * Derives more addresses tied to one Safe (`POST /safes/:safeAddress/wallets`; the session's Safe
 * unless `safeAddress` is given), with the same input checks and refusals as
 * `useAddGlobalWallets`, plus 404 (`http/not-found`) for a Safe that is not the signer's. No
 * passkey prompt. The user's addresses refresh after.
 *
 * @example
 * const { mutate: addWallets } = useAddSafeWallets()
 * addWallets({ add: [{ family: 'SOLANA' }] })
 */
export function useAddSafeWallets(
  parameters: UseAddSafeWalletsParameters = {},
): UseAddSafeWalletsReturnType {
  const { client, queryClient } = useIbexContext('useAddSafeWallets')
  return useMutation(
    walletMutationOptions(client, 'addSafeWallets', addSafeWallets, parameters.mutation),
    queryClient,
  )
}
