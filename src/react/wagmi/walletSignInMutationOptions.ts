import type { MutationOptions } from '@tanstack/query-core'
import type { Config } from 'wagmi'
import { signIn, type SignInEnrichment } from '../../core/actions/signIn.ts'
import type { CeremonyResult } from '../../core/actions/signUp.ts'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import { seedSignInData } from '../../query/seedSignInData.ts'
import {
  walletCeremonyMutationOptions,
  type WalletCeremonyParameters,
} from './walletCeremonyMutationOptions.ts'

/**
 * What `mutate` of `useWalletSignIn` takes: the sign-in extras (`includeBalance` …) and
 * optionally the connector to connect through. The chain is the hook's `chainId`, else the
 * wallet's.
 */
export type WalletSignInVariables =
  (Omit<SignInEnrichment, 'chainId'> & { connector?: string | undefined }) | void

/** Parameters of {@link walletSignInMutationOptions}. */
export type WalletSignInMutationOptionsParameters = WalletCeremonyParameters<WalletSignInVariables>

/**
 * Mutation options of an EIP-7702 sign-in with the wallet of the app's wagmi config: connect
 * (when a `connector` is given) and check the chain, then GET challenge → `personal_sign` →
 * POST, and the enrichment asked for is seeded into the cache (see `seedSignInData`). Never
 * retried.
 *
 * @example
 * const result = await new MutationObserver(queryClient, walletSignInMutationOptions(client, wagmiConfig)).mutate({ includeBalance: true })
 */
export function walletSignInMutationOptions(
  client: IbexClient,
  config: Config,
  parameters: WalletSignInMutationOptionsParameters = {},
): MutationOptions<CeremonyResult, IbexError, WalletSignInVariables> {
  return walletCeremonyMutationOptions(
    client,
    config,
    'walletSignIn',
    parameters,
    async ({ signer, ceremony, variables, context }) => {
      const { connector: _connector, ...extras } = variables ?? {}
      const result = await signIn(client, { ...extras, wallet: '7702', signer }, ceremony)
      await seedSignInData(context.client, client, result)
      return result
    },
  )
}
