/** Claims of the mock's JWTs (docs/protocol.md). */
export type MockJwtClaims = {
  /** The rpId. */
  iss: string
  /** The rpId. */
  aud: string
  /** externalUserId. */
  sub: string
  /** Signer id. */
  sid: string
  iat: number
  exp: number
  jti: string
  roles: string[]
  typ: 'access' | 'refresh'
  /** `PASSKEY`, `PIN_KDF`, `PIN_KDF_PENDING`, `EMAIL`, `EMAIL_TOKEN_PENDING`, `EOA_7702`, `ACCOUNT`. */
  authMethod: string
  /** Chain of the session. */
  chainId: number
}
