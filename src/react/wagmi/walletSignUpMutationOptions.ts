import type { MutationOptions } from '@tanstack/query-core'
import type { Config } from 'wagmi'
import { signUp, type CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import {
  walletCeremonyMutationOptions,
  type WalletCeremonyParameters,
} from './walletCeremonyMutationOptions.ts'

/** What `mutate` of `useWalletSignUp` takes: optionally the connector to connect through. */
export type WalletSignUpVariables = { connector?: string | undefined } | void

/** Parameters of {@link walletSignUpMutationOptions}. */
export type WalletSignUpMutationOptionsParameters = WalletCeremonyParameters<WalletSignUpVariables>

/**
 * Mutation options of an EIP-7702 sign-up with the wallet of the app's wagmi config: connect
 * (when a `connector` is given) and check the chain, then GET challenge → `personal_sign` →
 * POST. The result's `delegation` is what the wallet must authorise next. Never retried.
 *
 * @example
 * const result = await new MutationObserver(queryClient, walletSignUpMutationOptions(client, wagmiConfig)).mutate()
 */
export function walletSignUpMutationOptions(
  client: IbexClient,
  config: Config,
  parameters: WalletSignUpMutationOptionsParameters = {},
): MutationOptions<CeremonyResult, IbexError, WalletSignUpVariables> {
  return walletCeremonyMutationOptions(
    client,
    config,
    'walletSignUp',
    parameters,
    ({ signer, ceremony }) => signUp(client, { wallet: '7702', signer }, ceremony),
  )
}
