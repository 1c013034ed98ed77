import type { MutationFunctionContext, MutationOptions } from '@tanstack/query-core'
import type { Config } from 'wagmi'
import type { CeremonyOptions, CeremonyResult, Eip7702Signer } from '../../core/actions/signUp.ts'
import type { IbexClient } from '../../core/client/IbexClient.ts'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { CeremonyMutationOptionsParameters } from '../../query/CeremonyMutationOptionsParameters.ts'
import { ibexMutationOptions } from '../../query/ibexMutationOptions.ts'
import { resolveWagmiSigner, type ResolveWagmiSignerOptions } from './signer/resolveWagmiSigner.ts'

/** Parameters of the wallet sign-up and sign-in mutation options. */
export type WalletCeremonyParameters<variables> = CeremonyMutationOptionsParameters<variables> &
  Pick<ResolveWagmiSignerOptions, 'chainId' | 'switchChain'>

/**
 * The frame of `walletSignUpMutationOptions` and `walletSignInMutationOptions`: a kit mutation
 * named `name` that takes the run's ceremony options, resolves the wagmi wallet (connecting
 * through `variables.connector` when given, checking the chain), then calls `run` with it.
 *
 * @example
 * return walletCeremonyMutationOptions(client, config, 'walletSignUp', parameters, ({ signer, ceremony }) =>
 *   signUp(client, { wallet: '7702', signer }, ceremony))
 */
export function walletCeremonyMutationOptions<
  variables extends { connector?: string | undefined } | void,
>(
  client: IbexClient,
  config: Config,
  name: string,
  parameters: WalletCeremonyParameters<variables>,
  run: (step: {
    signer: Eip7702Signer
    ceremony: CeremonyOptions | undefined
    variables: variables
    context: MutationFunctionContext
  }) => Promise<CeremonyResult>,
): MutationOptions<CeremonyResult, IbexError, variables> {
  const { chainId, switchChain } = parameters
  return ibexMutationOptions(client, name, parameters.mutation, async (variables, context) => {
    const ceremony = parameters.ceremony?.()
    const connector = variables ? variables.connector : undefined
    const signer = await resolveWagmiSigner(config, { connector, chainId, switchChain })
    return run({ signer, ceremony, variables, context })
  })
}
