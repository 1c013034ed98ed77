'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import {
  addGlobalWallets,
  type AddGlobalWalletsParameters,
  type AddGlobalWalletsReturnType,
} from '../../core/actions/wallets/addGlobalWallets.ts'
import { walletMutationOptions } from '../../query/walletMutationOptions.ts'

/** Parameters of {@link useAddGlobalWallets}: TanStack's `mutation` options. */
export type UseAddGlobalWalletsParameters = {
  mutation?:
    IbexMutationOverrides<AddGlobalWalletsReturnType, AddGlobalWalletsParameters> | undefined
}

/** Return type of {@link useAddGlobalWallets}: TanStack's mutation result. */
export type UseAddGlobalWalletsReturnType = UseMutationResult<
  AddGlobalWalletsReturnType,
  IbexError,
  AddGlobalWalletsParameters
>

/**
 * Derives more signer-global addresses (`POST /users/me/wallets/global`): `add` lists families
 * (`EVM`, `SOLANA`, `BITCOIN_P2WPKH`) and counts (1–10, 10 per request), checked before any
 * request (`validation/wallets-empty`, `-family-invalid`, `-count-invalid`). IBEx refuses past
 * 100 addresses in a family (400), a signer without a master key (409, `serverCode:
 * 'NO_MASTER'`), and more than one derivation every ~5 s (429, `retryAfter`). The user's
 * addresses refresh after.
 *
 * @example
 * const { mutate: addWallets, data } = useAddGlobalWallets()
 * addWallets({ add: [{ family: 'EVM', count: 2 }] })
 * data?.added.map((wallet) => wallet.address)
 */
export function useAddGlobalWallets(
  parameters: UseAddGlobalWalletsParameters = {},
): UseAddGlobalWalletsReturnType {
  const { client, queryClient } = useIbexContext('useAddGlobalWallets')
  return useMutation(
    walletMutationOptions(client, 'addGlobalWallets', addGlobalWallets, parameters.mutation),
    queryClient,
  )
}
