'use client'
import { useConfig, type Config } from 'wagmi'
import type {
  CeremonyMutationResult,
  UseCeremonyMutationParameters,
} from '../internal/ceremonyMutationKind.ts'
import { useCeremonyMutation } from '../internal/useCeremonyMutation.ts'
import type { ResolveWagmiSignerOptions } from './signer/resolveWagmiSigner.ts'
import {
  walletSignUpMutationOptions,
  type WalletSignUpVariables,
} from './walletSignUpMutationOptions.ts'

/** Parameters of {@link useWalletSignUp}. */
export type UseWalletSignUpParameters = UseCeremonyMutationParameters<WalletSignUpVariables> &
  Pick<ResolveWagmiSignerOptions, 'chainId' | 'switchChain'> & {
    /** The wagmi config; default the one of `<WagmiProvider>`. */
    config?: Config | undefined
  }

/** Return type of {@link useWalletSignUp}: TanStack's mutation result plus `step`. */
export type UseWalletSignUpReturnType = CeremonyMutationResult<WalletSignUpVariables>

/**
 * EIP-7702 sign-up with the wallet of the app's wagmi config (the kit makes no wagmi setup of
 * its own): `mutate()` uses the connected account and chain, or `mutate({ connector })`
 * connects through that connector (`uid` or `id`) first; then GET challenge → the wallet signs
 * (`personal_sign`) → POST. `step` follows it. The result's `delegation` is what the wallet
 * must authorise next (`useActivateDelegation`). Wallet failures are `IbexWalletError`s:
 * `wallet/not-connected`, `wallet/wrong-chain` (the wallet is not on `chainId`; with
 * `switchChain: true` it is asked to switch), `wallet/rejected`, `wallet/address-mismatch`.
 * Needs `<WagmiProvider>` and `<IbexProvider>`.
 *
 * @example
 * import { useWalletSignUp } from 'ibex-react/wagmi'
 *
 * const { mutate: signUp, step, error } = useWalletSignUp({ chainId: 421614 })
 * <button type="button" onClick={() => signUp()}>Create my account with this wallet</button>
 * {error?.code === 'wallet/rejected' && <p>You declined in your wallet.</p>}
 */
export function useWalletSignUp(
  parameters: UseWalletSignUpParameters = {},
): UseWalletSignUpReturnType {
  const config = useConfig(parameters)
  const { chainId, switchChain, mutation } = parameters
  return useCeremonyMutation<WalletSignUpVariables>(
    'useWalletSignUp',
    mutation,
    (client, options) =>
      walletSignUpMutationOptions(client, config, { ...options, chainId, switchChain }),
  )
}
