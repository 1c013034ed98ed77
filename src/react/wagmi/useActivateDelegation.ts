'use client'
import { useMutation, type UseMutationResult } from '@tanstack/react-query'
import { useConfig, type Config } from 'wagmi'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { IbexWalletError } from '../../core/errors/IbexWalletError.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'
import {
  activateDelegationMutationOptions,
  type ActivateDelegationMutationOptionsParameters,
  type ActivateDelegationVariables,
} from './delegation/activateDelegationMutationOptions.ts'
import type { DelegationState } from './delegation/DelegationState.ts'

/** Parameters of {@link useActivateDelegation}. */
export type UseActivateDelegationParameters = ActivateDelegationMutationOptionsParameters & {
  /** The wagmi config; default the one of `<WagmiProvider>`. */
  config?: Config | undefined
}

/** Return type of {@link useActivateDelegation}. */
export type UseActivateDelegationReturnType = UseMutationResult<
  DelegationState,
  IbexQueryErrorType | IbexWalletError,
  ActivateDelegationVariables
>

/**
 * Activates the EIP-7702 delegation of the signed-in wallet user, as IBEx documents it (the
 * client broadcasts the authorization transaction): `mutate()` (or `mutate({ chainId })`) has
 * the connected wagmi wallet sign the authorization for the `delegation.implementation` IBEx
 * named at sign-up or sign-in, and sends the type-4 transaction through the wallet client;
 * resolves to `SUBMITTED` with its `txHash` (then `useDelegationStatus` follows it to `ACTIVE`).
 * Already submitted or active on chain: resolves at once, without a prompt. Failures:
 * `wallet/unsupported` (the wallet cannot sign authorizations: most browser-extension and
 * WalletConnect wallets), `wallet/not-connected`, `wallet/address-mismatch` (another account is
 * connected), `wallet/wrong-chain`, `wallet/rejected`, `validation/chain-unsupported` (the chain
 * is not in the wagmi config). Needs `<WagmiProvider>` and `<IbexProvider>`.
 *
 * @example
 * import { useActivateDelegation } from 'ibex-react/wagmi'
 *
 * const { mutate: activate, error, isPending } = useActivateDelegation()
 * <button type="button" onClick={() => activate()} aria-disabled={isPending}>Activate my smart account</button>
 * {error?.code === 'wallet/unsupported' && <p>This wallet cannot activate it; IBEx support can help.</p>}
 */
export function useActivateDelegation(
  parameters: UseActivateDelegationParameters = {},
): UseActivateDelegationReturnType {
  const { client, queryClient } = useIbexContext('useActivateDelegation')
  const config = useConfig(parameters)
  // The factory types its errors as any IbexError; what it throws is this union.
  return useMutation(
    activateDelegationMutationOptions(client, config, parameters),
    queryClient,
  ) as UseActivateDelegationReturnType
}
