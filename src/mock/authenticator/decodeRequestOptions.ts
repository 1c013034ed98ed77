import { decodePrfInputs } from '../../core/webauthn/decodePrfInputs.ts'
import { base64ToBytes } from '../../core/utils/base64.ts'
import { decodeCredentialDescriptors } from './decodeCredentialDescriptors.ts'
import type { SoftwareRequestOptionsJSON } from './SoftwareAuthenticatorTypes.ts'

/**
 * IBEx's JSON request options (base64url binary fields) → the `publicKey` options of
 * `navigator.credentials.get()`, so `authenticate()` runs exactly the ceremony `get()` does.
 *
 * @example
 * const publicKey = decodeRequestOptions(body.credentialRequestOptions)
 */
export function decodeRequestOptions(
  json: SoftwareRequestOptionsJSON,
): PublicKeyCredentialRequestOptions {
  return {
    challenge: base64ToBytes(json.challenge),
    ...(json.rpId ? { rpId: json.rpId } : {}),
    allowCredentials: decodeCredentialDescriptors(json.allowCredentials),
    // Cast: decodePrfInputs keeps its input's type, but the salts are binary now.
    extensions: { ...decodePrfInputs(json.extensions) } as AuthenticationExtensionsClientInputs,
  }
}
