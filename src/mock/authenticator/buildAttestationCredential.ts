import { bytesToBase64url } from '../../core/utils/base64.ts'
import { algorithmEs256 } from './algorithmEs256.ts'
import { buildAuthenticatorData } from './buildAuthenticatorData.ts'
import type { CeremonySettings } from './CeremonySettings.ts'
import { encodeAttestationObject } from './encodeAttestationObject.ts'
import { encodeClientData } from './encodeClientData.ts'
import type { SoftwareExtensionResults } from './encodeExtensionResults.ts'
import { evaluatePrfInputs } from './evaluatePrfInputs.ts'
import type {
  SoftwareAttestationResponse,
  SoftwareRegistrationJSON,
} from './SoftwareAuthenticatorTypes.ts'
import type { SoftwarePublicKeyCredential } from './SoftwarePublicKeyCredential.ts'
import type { StoredCredential } from './StoredCredential.ts'
import { toBytes } from './toBytes.ts'
import { wrapCredential } from './wrapCredential.ts'

/**
 * The attestation credential `create()` resolves to for a freshly stored credential: authenticator
 * data with the attested COSE key, a 'none' attestation object, `clientDataJSON`, and PRF
 * (`enabled`, plus results when salts were given) and credProps outputs when asked.
 *
 * @example
 * const { credential, publicKeyRaw, spki } = await createStoredCredential({ rpId, user })
 * const attestation = await buildAttestationCredential({
 *   credential, publicKeyRaw, spki, challenge, extensions: undefined, settings,
 * })
 * attestation.toJSON() // the body of POST /v1.2/auth/sign-up { credential }
 */
export async function buildAttestationCredential(input: {
  credential: StoredCredential
  publicKeyRaw: Uint8Array
  spki: ArrayBuffer
  challenge: BufferSource
  extensions: AuthenticationExtensionsClientInputs | undefined
  settings: CeremonySettings
}): Promise<SoftwarePublicKeyCredential<SoftwareAttestationResponse, SoftwareRegistrationJSON>> {
  const { credential, spki, extensions, settings } = input
  const authenticatorData = await buildAuthenticatorData({
    rpId: credential.rpId,
    userVerified: settings.userVerified,
    counter: credential.counter,
    attested: { credentialId: credential.id, publicKeyRaw: input.publicKeyRaw },
  })
  const attestationObject = encodeAttestationObject(authenticatorData)
  const clientDataJSON = encodeClientData('webauthn.create', input.challenge, settings.origin)
  const extensionResults: SoftwareExtensionResults = {}
  if (extensions?.prf && settings.supportsPrf) {
    const results = await evaluatePrfInputs(credential, extensions.prf)
    extensionResults.prf = { enabled: true, ...(results ? { results } : {}) }
  }
  if (extensions?.credProps) extensionResults.credProps = { rk: true }
  const transports = ['hybrid', 'internal']
  const response: SoftwareAttestationResponse = {
    clientDataJSON: clientDataJSON.buffer,
    attestationObject: toBytes(attestationObject).buffer,
    // Copies: callers may transfer or mutate what they get, as they may with a browser's.
    getTransports: () => [...transports],
    getAuthenticatorData: () => authenticatorData.buffer.slice(0),
    getPublicKey: () => spki.slice(0),
    getPublicKeyAlgorithm: () => algorithmEs256,
  }
  return wrapCredential(credential, response, extensionResults, {
    clientDataJSON: bytesToBase64url(clientDataJSON),
    attestationObject: bytesToBase64url(attestationObject),
    authenticatorData: bytesToBase64url(authenticatorData),
    transports,
    publicKey: bytesToBase64url(new Uint8Array(spki)),
    publicKeyAlgorithm: algorithmEs256,
  })
}
