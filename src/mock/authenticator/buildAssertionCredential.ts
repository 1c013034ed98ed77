import { bytesToBase64url } from '../../core/utils/base64.ts'
import { buildAuthenticatorData } from './buildAuthenticatorData.ts'
import type { CeremonySettings } from './CeremonySettings.ts'
import { encodeClientData } from './encodeClientData.ts'
import type { SoftwareExtensionResults } from './encodeExtensionResults.ts'
import { evaluatePrfInputs } from './evaluatePrfInputs.ts'
import { signAssertion } from './signAssertion.ts'
import type {
  SoftwareAssertionResponse,
  SoftwareAuthenticationJSON,
} from './SoftwareAuthenticatorTypes.ts'
import type { SoftwarePublicKeyCredential } from './SoftwarePublicKeyCredential.ts'
import type { StoredCredential } from './StoredCredential.ts'
import { wrapCredential } from './wrapCredential.ts'

/**
 * The assertion credential `get()` resolves to: authenticator data at the credential's current
 * counter (the caller bumps it first), a signature over it and `clientDataJSON`, the user handle
 * (resident credential), and PRF results when salts were given.
 *
 * @example
 * credential.counter += 1
 * const assertion = await buildAssertionCredential({ credential, challenge, extensions, settings })
 * assertion.toJSON() // the body of POST /v1.2/auth/sign-in { credential }
 */
export async function buildAssertionCredential(input: {
  credential: StoredCredential
  challenge: BufferSource
  extensions: AuthenticationExtensionsClientInputs | undefined
  settings: CeremonySettings
}): Promise<SoftwarePublicKeyCredential<SoftwareAssertionResponse, SoftwareAuthenticationJSON>> {
  const { credential, extensions, settings } = input
  const authenticatorData = await buildAuthenticatorData({
    rpId: credential.rpId,
    userVerified: settings.userVerified,
    counter: credential.counter,
  })
  const clientDataJSON = encodeClientData('webauthn.get', input.challenge, settings.origin)
  const signature = await signAssertion(
    credential.keyPair.privateKey,
    authenticatorData,
    clientDataJSON,
  )
  const extensionResults: SoftwareExtensionResults = {}
  if (extensions?.prf && settings.supportsPrf) {
    const results = await evaluatePrfInputs(credential, extensions.prf)
    // Unlike at registration, browsers report no `enabled` on assertions.
    extensionResults.prf = results ? { results } : {}
  }
  const response: SoftwareAssertionResponse = {
    clientDataJSON: clientDataJSON.buffer,
    authenticatorData: authenticatorData.buffer,
    signature: signature.buffer,
    userHandle: credential.userHandle.buffer.slice(0),
  }
  return wrapCredential(credential, response, extensionResults, {
    clientDataJSON: bytesToBase64url(clientDataJSON),
    authenticatorData: bytesToBase64url(authenticatorData),
    signature: bytesToBase64url(signature),
    userHandle: bytesToBase64url(credential.userHandle),
  })
}
