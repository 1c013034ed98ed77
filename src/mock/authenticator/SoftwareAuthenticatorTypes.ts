/** Options of {@link createSoftwareAuthenticator}. */
export type SoftwareAuthenticatorOptions = {
  /** The page origin written into `clientDataJSON`, e.g. `http://localhost:5173`. */
  origin: string
  /** rpId used when the ceremony options name none. Default: the origin's host. */
  rpId?: string | undefined
  /** Whether the authenticator supports the PRF extension. Default true. */
  prf?: boolean | undefined
  /** Whether it reports user verification (UV flag). Default true. */
  userVerification?: boolean | undefined
  /**
   * Makes keys, credential ids and PRF secrets from this seed instead of at random: the n-th
   * credential after creation or `clear()` is the same every run (stable Safe addresses in
   * screenshots). Keys made from a public seed are for tests only.
   */
  seed?: string | undefined
}

/** PRF salts as IBEx sends them: base64url text. */
export type PrfInputsJSON = {
  eval?: { first: string; second?: string | undefined } | undefined
  evalByCredential?: Record<string, { first: string; second?: string | undefined }> | undefined
}

/** A credential descriptor in JSON (`excludeCredentials`, `allowCredentials`). */
export type CredentialDescriptorJSON = {
  id: string
  type: string
  transports?: string[] | undefined
}

/** Creation options as IBEx's sign-up GET returns them under `credentialRequestOptions`. */
export type SoftwareCreationOptionsJSON = {
  rp: { id?: string | undefined; name: string }
  user: { id: string; name: string; displayName: string }
  challenge: string
  pubKeyCredParams: { alg: number; type: string }[]
  excludeCredentials?: CredentialDescriptorJSON[] | undefined
  timeout?: number | undefined
  authenticatorSelection?: Record<string, unknown> | undefined
  attestation?: string | undefined
  extensions?: { prf?: PrfInputsJSON | undefined; credProps?: boolean | undefined } | undefined
}

/** Request options as IBEx's sign-in GET returns them under `credentialRequestOptions`. */
export type SoftwareRequestOptionsJSON = {
  challenge: string
  rpId?: string | undefined
  allowCredentials?: CredentialDescriptorJSON[] | undefined
  userVerification?: string | undefined
  timeout?: number | undefined
  extensions?: { prf?: PrfInputsJSON | undefined } | undefined
}

/** Client extension outputs in JSON (PRF results base64url, as `PublicKeyCredential.toJSON()`). */
export type SoftwareExtensionResultsJSON = {
  prf?: { enabled?: boolean; results?: { first: string; second?: string } }
  credProps?: { rk: boolean }
}

/** A serialised credential: base64url binary fields, as `PublicKeyCredential.toJSON()`. */
export type SoftwareCredentialJSON<Response> = {
  id: string
  rawId: string
  type: 'public-key'
  authenticatorAttachment: 'platform'
  response: Response
  clientExtensionResults: SoftwareExtensionResultsJSON
}

/** A serialised attestation, ready for `POST /v1.2/auth/sign-up { credential }`. */
export type SoftwareRegistrationJSON = SoftwareCredentialJSON<{
  clientDataJSON: string
  attestationObject: string
  authenticatorData: string
  transports: string[]
  publicKey: string
  publicKeyAlgorithm: number
}>

/** A serialised assertion, ready for `POST /v1.2/auth/sign-in { credential }`. */
export type SoftwareAuthenticationJSON = SoftwareCredentialJSON<{
  clientDataJSON: string
  authenticatorData: string
  signature: string
  userHandle: string
}>

/** What the authenticator tells about a stored (resident) credential. */
export type SoftwareCredentialInfo = {
  /** base64url. */
  id: string
  rpId: string
  /** base64url `user.id`. */
  userHandle: string
  userName: string
  /** Signature counter after the last ceremony. */
  counter: number
}

/** `response` of an attestation credential. */
export type SoftwareAttestationResponse = {
  clientDataJSON: ArrayBuffer
  attestationObject: ArrayBuffer
  getTransports(): string[]
  getAuthenticatorData(): ArrayBuffer
  getPublicKey(): ArrayBuffer
  getPublicKeyAlgorithm(): number
}

/** `response` of an assertion credential. */
export type SoftwareAssertionResponse = {
  clientDataJSON: ArrayBuffer
  authenticatorData: ArrayBuffer
  signature: ArrayBuffer
  userHandle: ArrayBuffer
}
