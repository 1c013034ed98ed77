import { decodePrfInputs } from '../../core/webauthn/decodePrfInputs.ts'
import { base64ToBytes } from '../../core/utils/base64.ts'
import { decodeCredentialDescriptors } from './decodeCredentialDescriptors.ts'
import type { SoftwareCreationOptionsJSON } from './SoftwareAuthenticatorTypes.ts'

/**
 * IBEx's JSON creation options (base64url binary fields) → the `publicKey` options of
 * `navigator.credentials.create()`, so `register()` runs exactly the ceremony `create()` does.
 *
 * @example
 * const publicKey = decodeCreationOptions(body.credentialRequestOptions)
 */
export function decodeCreationOptions(
  json: SoftwareCreationOptionsJSON,
): PublicKeyCredentialCreationOptions {
  return {
    rp: json.rp,
    user: { ...json.user, id: base64ToBytes(json.user.id) },
    challenge: base64ToBytes(json.challenge),
    pubKeyCredParams: json.pubKeyCredParams as PublicKeyCredentialParameters[],
    excludeCredentials: decodeCredentialDescriptors(json.excludeCredentials),
    // Cast: decodePrfInputs keeps its input's type, but the salts are binary now.
    extensions: { ...decodePrfInputs(json.extensions) } as AuthenticationExtensionsClientInputs,
  }
}
