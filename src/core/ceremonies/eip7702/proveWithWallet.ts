import type { Eip7702ProofBody } from '../../actions/auth/AuthProofBodies.ts'
import { getSignInChallenge } from '../../actions/auth/getSignInChallenge.ts'
import { getSignUpChallenge } from '../../actions/auth/getSignUpChallenge.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { CeremonyOptions } from '../CeremonyTypes.ts'
import { assertEip7702Signer } from './assertEip7702Signer.ts'
import { signWalletChallenge } from './signWalletChallenge.ts'

/**
 * The first two steps of a 7702 sign-up or sign-in: checks the signer, GETs the SIWE-like
 * challenge for its address and chain, has the wallet sign it; returns the POST body fields.
 * Reports `challenge`, `authenticator`, then `verifying` for the caller's POST.
 *
 * @example
 * const proof = await proveWithWallet(client, 'sign-in', signer, options)
 * await submitSignIn(client, { wallet: '7702', ...proof })
 */
export async function proveWithWallet(
  client: IbexClient,
  purpose: 'sign-up' | 'sign-in',
  signer: unknown,
  options: CeremonyOptions,
): Promise<Eip7702ProofBody> {
  const { signal, onStep } = options
  assertEip7702Signer(signer)
  const { address, chainId } = signer
  onStep?.('challenge')
  const parameters = { wallet: '7702', address, chainId } as const
  const { challenge } =
    purpose === 'sign-up'
      ? await getSignUpChallenge(client, parameters, { signal })
      : await getSignInChallenge(client, parameters, { signal })
  onStep?.('authenticator')
  const signature = await signWalletChallenge(signer, challenge.message, signal)
  onStep?.('verifying')
  return { address, signature, nonce: challenge.nonce }
}
