import { submitSignUp } from '../../actions/auth/submitSignUp.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { CeremonyOptions, Eip7702Signer } from '../CeremonyTypes.ts'
import type { SignedInResult } from '../finishSignIn.ts'
import { delegationOf } from './delegationOf.ts'
import { proveWithWallet } from './proveWithWallet.ts'

/** EIP-7702 (external wallet) sign-up. */
export type Eip7702SignUpParameters = { wallet: '7702'; signer: Eip7702Signer }

/**
 * EIP-7702 sign-up: GET a SIWE-like challenge for the wallet's address and chain, have the
 * wallet sign it, POST `{ wallet: '7702', address, signature, nonce }`. The result's
 * `delegation` is what the wallet must authorise next (EIP-7702 activation).
 *
 * @example
 * const { delegation } = await signUpWithWallet(client, { wallet: '7702', signer })
 */
export async function signUpWithWallet(
  client: IbexClient,
  parameters: Eip7702SignUpParameters,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const proof = await proveWithWallet(client, 'sign-up', parameters.signer, options)
  const { user, response } = await submitSignUp(
    client,
    { wallet: '7702', ...proof },
    { signal: options.signal },
  )
  return { status: 'signed-in', user, delegation: delegationOf(response) }
}
