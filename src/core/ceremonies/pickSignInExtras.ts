import type { SignInExtras } from '../actions/auth/submitSignIn.ts'
import { assertChainId } from './assertChainId.ts'
import type { SignInEnrichment } from './CeremonyTypes.ts'

/**
 * The sign-in extras of a ceremony's parameters, picked member by member so that nothing else
 * (a PIN, a passphrase, a signer) can ever reach the POST body. The chain id is checked first.
 *
 * @example
 * await submitSignIn(client, { wallet: 'kdf', ...proof, ...pickSignInExtras(parameters) })
 */
export function pickSignInExtras(parameters: SignInEnrichment): SignInExtras {
  const { includeBalance, includeTransactions, includeUserdata, asyncData, chainId } = parameters
  assertChainId(chainId, 'chainId')
  return { includeBalance, includeTransactions, includeUserdata, asyncData, chainId }
}
