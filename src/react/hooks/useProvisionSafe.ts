'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { IbexMutationOverrides } from '../../query/ibexMutationOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import {
  provisionSafe,
  type ProvisionSafeParameters,
  type ProvisionSafeReturnType,
} from '../../core/actions/wallets/provisionSafe.ts'
import { walletMutationOptions } from '../../query/walletMutationOptions.ts'

/** Parameters of {@link useProvisionSafe}: TanStack's `mutation` options. */
export type UseProvisionSafeParameters = {
  mutation?: IbexMutationOverrides<ProvisionSafeReturnType, ProvisionSafeParameters> | undefined
}

/** Return type of {@link useProvisionSafe}: TanStack's mutation result. */
export type UseProvisionSafeReturnType = UseMutationResult<
  ProvisionSafeReturnType,
  IbexError,
  ProvisionSafeParameters
>

/**
 * Adds another Safe for the passkey signer (`POST /auth/sign-in/safe-provision`): the user
 * confirms with their passkey (a sign-in with `intent: 'safe_provision'`, which renews the
 * session), then IBEx creates the Safe for `saltNonce` (a whole number ≥ 1, each one another
 * Safe) on the chain. Checked before any request: the salt (`validation/salt-nonce-invalid`), a
 * passkey user (`validation/wallet-mode-unsupported`). A salt already used on the chain is a 409
 * (`http/conflict`). The user's addresses refresh after.
 *
 * @example
 * const { mutate: addSafe, data: safe } = useProvisionSafe()
 * <button type="button" onClick={() => addSafe({ saltNonce: 1 })}>Add a savings Safe</button>
 */
export function useProvisionSafe(
  parameters: UseProvisionSafeParameters = {},
): UseProvisionSafeReturnType {
  const { client, queryClient } = useIbexContext('useProvisionSafe')
  return useMutation(
    walletMutationOptions(client, 'provisionSafe', provisionSafe, parameters.mutation),
    queryClient,
  )
}
