import type {
  AuthenticationResponseJSON,
  VerifiedAuthenticationResponse,
} from '@simplewebauthn/server'
import { loadWebAuthnServer } from '../../peers/loadWebAuthnServer.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockPasskeyCredential } from '../../state/MockTenant.ts'

/**
 * Verifies a WebAuthn assertion with @simplewebauthn/server against a stored passkey (challenge,
 * origin, rpId, user verification, signature counter) and records the new counter; else 401
 * INVALID_ASSERTION. Used by passkey sign-in and by Safe operation signing.
 *
 * @example
 * await verifyStoredAssertion(credential, stored, { challenge, origin, rpId })
 */
export async function verifyStoredAssertion(
  credential: Record<string, unknown>,
  stored: MockPasskeyCredential,
  expected: { challenge: string; origin: string; rpId: string },
): Promise<void> {
  const { verifyAuthenticationResponse } = await loadWebAuthnServer()
  let verification: VerifiedAuthenticationResponse
  try {
    verification = await verifyAuthenticationResponse({
      // Unchecked here on purpose: @simplewebauthn/server checks every field and throws (caught below).
      response: credential as unknown as AuthenticationResponseJSON,
      expectedChallenge: expected.challenge,
      expectedOrigin: expected.origin,
      expectedRPID: expected.rpId,
      credential: {
        id: stored.id,
        publicKey: stored.publicKey,
        counter: stored.counter,
        transports: stored.transports,
      },
      requireUserVerification: true,
    })
  } catch (error) {
    throw new MockHttpError('INVALID_ASSERTION', `Assertion refused: ${(error as Error).message}`)
  }
  if (!verification.verified) {
    throw new MockHttpError('INVALID_ASSERTION', 'The assertion signature does not verify')
  }
  stored.counter = verification.authenticationInfo.newCounter
}
