import {
  startRegistration,
  type PublicKeyCredentialCreationOptionsJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/browser'
import { assertWebAuthnSupported } from './assertWebAuthnSupported.ts'
import { decodePrfInputs } from './decodePrfInputs.ts'
import { stripPrfOutput } from './stripPrfOutput.ts'
import { toIbexWebAuthnError } from './toIbexWebAuthnError.ts'

export type CreatePasskeyCredentialReturnType = {
  /** The attestation, base64url throughout, ready for `POST /v1.2/auth/sign-up`. PRF output removed. */
  credential: RegistrationResponseJSON
  /** Whether the authenticator evaluated PRF. */
  prfCapable: boolean
}

/**
 * Runs `navigator.credentials.create()` with the creation options IBEx sent (under
 * `credentialRequestOptions`, docs/protocol.md) and returns the JSON attestation. Only one
 * ceremony runs at a time: starting another aborts this one.
 *
 * @example
 * const { credential } = await createPasskeyCredential(challenge.options)
 */
export async function createPasskeyCredential(
  optionsJSON: PublicKeyCredentialCreationOptionsJSON,
  now: () => number = Date.now,
): Promise<CreatePasskeyCredentialReturnType> {
  assertWebAuthnSupported()
  const startedAt = now()
  try {
    const credential = await startRegistration({
      optionsJSON: { ...optionsJSON, extensions: decodePrfInputs(optionsJSON.extensions) },
    })
    const { results, prfCapable } = stripPrfOutput(credential.clientExtensionResults)
    return { credential: { ...credential, clientExtensionResults: results }, prfCapable }
  } catch (error) {
    throw toIbexWebAuthnError(error, { startedAt, endedAt: now(), timeoutMs: optionsJSON.timeout })
  }
}
