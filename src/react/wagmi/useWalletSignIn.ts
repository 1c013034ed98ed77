'use client'
import { useConfig, type Config } from 'wagmi'
import type {
  CeremonyMutationResult,
  UseCeremonyMutationParameters,
} from '../internal/ceremonyMutationKind.ts'
import { useCeremonyMutation } from '../internal/useCeremonyMutation.ts'
import type { ResolveWagmiSignerOptions } from './signer/resolveWagmiSigner.ts'
import {
  walletSignInMutationOptions,
  type WalletSignInVariables,
} from './walletSignInMutationOptions.ts'

/** Parameters of {@link useWalletSignIn}. */
export type UseWalletSignInParameters = UseCeremonyMutationParameters<WalletSignInVariables> &
  Pick<ResolveWagmiSignerOptions, 'chainId' | 'switchChain'> & {
    /** The wagmi config; default the one of `<WagmiProvider>`. */
    config?: Config | undefined
  }

/** Return type of {@link useWalletSignIn}: TanStack's mutation result plus `step`. */
export type UseWalletSignInReturnType = CeremonyMutationResult<WalletSignInVariables>

/**
 * EIP-7702 sign-in with the wallet of the app's wagmi config: `mutate()` uses the connected
 * account and chain, `mutate({ connector })` connects through that connector (`uid` or `id`)
 * first; `includeBalance`, `includeTransactions`, `includeUserdata` and `asyncData` work as in
 * `useSignIn` and seed the cache. The result's `delegation` tells which implementation the
 * wallet should authorise on that chain. Wallet failures are `IbexWalletError`s
 * (`wallet/not-connected`, `wallet/wrong-chain`, `wallet/rejected`, `wallet/address-mismatch`);
 * an address without an account is `http/not-found`. Needs `<WagmiProvider>` and
 * `<IbexProvider>`.
 *
 * @example
 * import { useWalletSignIn } from 'ibex-react/wagmi'
 *
 * const { mutate: signIn, step } = useWalletSignIn({ chainId: 421614, switchChain: true })
 * <button type="button" onClick={() => signIn({ includeBalance: true })}>Sign in with my wallet</button>
 * {step === 'authenticator' && <p>Confirm in your wallet…</p>}
 */
export function useWalletSignIn(
  parameters: UseWalletSignInParameters = {},
): UseWalletSignInReturnType {
  const config = useConfig(parameters)
  const { chainId, switchChain, mutation } = parameters
  return useCeremonyMutation<WalletSignInVariables>(
    'useWalletSignIn',
    mutation,
    (client, options) =>
      walletSignInMutationOptions(client, config, { ...options, chainId, switchChain }),
  )
}
