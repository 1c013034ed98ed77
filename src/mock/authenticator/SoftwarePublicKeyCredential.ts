/**
 * The `PublicKeyCredential` of the software authenticator: what `navigator.credentials.create/get`
 * resolve to once it is installed, and the global `PublicKeyCredential` class it installs.
 * Binary fields are ArrayBuffers, as in browsers; `toJSON()` gives the base64url form.
 *
 * @example
 * const credential = await navigator.credentials.get({ publicKey })
 * credential instanceof PublicKeyCredential // true once installed
 */
export class SoftwarePublicKeyCredential<Response extends object = object, Json = unknown> {
  static isUserVerifyingPlatformAuthenticatorAvailable(): Promise<boolean> {
    return Promise.resolve(true)
  }

  static isConditionalMediationAvailable(): Promise<boolean> {
    return Promise.resolve(true)
  }

  static getClientCapabilities(): Promise<Record<string, boolean>> {
    return Promise.resolve({
      conditionalCreate: false,
      conditionalGet: true,
      hybridTransport: false,
      passkeyPlatformAuthenticator: true,
      userVerifyingPlatformAuthenticator: true,
      relatedOrigins: false,
      signalAllAcceptedCredentials: false,
      signalCurrentUserDetails: false,
      signalUnknownCredential: false,
      'extension:prf': true,
    })
  }

  readonly type = 'public-key'
  readonly authenticatorAttachment = 'platform'
  readonly id: string
  readonly rawId: ArrayBuffer
  readonly response: Response
  readonly #extensionResults: Record<string, unknown>
  readonly #json: Json

  constructor(init: {
    id: string
    rawId: ArrayBuffer
    response: Response
    extensionResults: Record<string, unknown>
    json: Json
  }) {
    this.id = init.id
    this.rawId = init.rawId
    this.response = init.response
    this.#extensionResults = init.extensionResults
    this.#json = init.json
  }

  getClientExtensionResults(): Record<string, unknown> {
    return this.#extensionResults
  }

  toJSON(): Json {
    return this.#json
  }
}
