import { getSignUpChallenge } from '../../src/core/actions/auth/getSignUpChallenge.ts'
import { submitSignUp } from '../../src/core/actions/auth/submitSignUp.ts'
import type { IbexSessionUser } from '../../src/core/session/IbexSessionRecord.ts'
import { createPasskeyCredential } from '../../src/core/webauthn/createPasskeyCredential.ts'
import type { TestIbex } from './createTestIbex.ts'

/**
 * Signs a new passkey user up through the core steps (GET challenge, the software
 * authenticator, POST), outside React: for tests that need a session to start from.
 */
export async function signUpWithPasskey(ibex: TestIbex): Promise<IbexSessionUser> {
  const challenge = await getSignUpChallenge(ibex.client, { wallet: 'passkeys' })
  const { credential } = await createPasskeyCredential(challenge.options)
  const { user } = await submitSignUp(ibex.client, { wallet: 'passkeys', credential })
  return user
}

/**
 * A user who signed up with a passkey on the software authenticator and signed out again: what
 * a sign-in test starts from. The request log is cleared.
 */
export async function returningPasskeyUser(ibex: TestIbex): Promise<IbexSessionUser> {
  const user = await signUpWithPasskey(ibex)
  await ibex.client.signOut()
  ibex.clearRequests()
  return user
}
