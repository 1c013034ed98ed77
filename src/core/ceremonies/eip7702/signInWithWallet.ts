import { submitSignIn } from '../../actions/auth/submitSignIn.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { CeremonyOptions, Eip7702Signer, SignInEnrichment } from '../CeremonyTypes.ts'
import { finishSignIn, type SignedInResult } from '../finishSignIn.ts'
import { pickSignInExtras } from '../pickSignInExtras.ts'
import { delegationOf } from './delegationOf.ts'
import { proveWithWallet } from './proveWithWallet.ts'

/** EIP-7702 (external wallet) sign-in. */
export type Eip7702SignInParameters = { wallet: '7702'; signer: Eip7702Signer } & SignInEnrichment

/**
 * EIP-7702 sign-in: GET a challenge for the wallet's address and chain, have the wallet sign it,
 * POST the signature with the enrichment asked for; returns the `delegation` when IBEx sends one.
 *
 * @example
 * const result = await signInWithWallet(client, { wallet: '7702', signer, includeBalance: true })
 */
export async function signInWithWallet(
  client: IbexClient,
  parameters: Eip7702SignInParameters,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const extras = pickSignInExtras(parameters)
  const { signer } = parameters
  const proof = await proveWithWallet(client, 'sign-in', signer, options)
  const signedIn = await submitSignIn(
    client,
    { wallet: '7702', ...proof, ...extras, chainId: extras.chainId ?? signer.chainId },
    { signal: options.signal },
  )
  const result = await finishSignIn(client, signedIn, extras, options.signal)
  const delegation = delegationOf(signedIn.response)
  return delegation ? { ...result, delegation } : result
}
