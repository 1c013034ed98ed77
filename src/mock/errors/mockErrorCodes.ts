/**
 * The `error_code` values the mock IBEx puts in its error bodies `{ message, error_code }`. IBEx
 * documents no uniform catalogue (docs/protocol.md): these are our stable choice, reusing the
 * symbolic codes IBEx mentions (`VALIDATION`, `UNAUTHORIZED`, `EXPIRED`, `STALE_NONCE`, ...) and
 * naming the other refusals of the auth ceremonies. The kit maps them to its own error codes.
 *
 * The unknown-rpId refusal is the exception: its body is exactly `{ "message": "Unknown
 * domain/rpId" }` as documented, without `error_code`.
 *
 * @example
 * if (body.error_code === mockErrorCodes.SIGNER_MISMATCH) showWrongPin()
 */
export const mockErrorCodes = {
  /** Malformed or missing input (400). */
  VALIDATION: 'VALIDATION',
  /** Missing, invalid or wrong-tenant JWT (401). */
  UNAUTHORIZED: 'UNAUTHORIZED',
  /** Authenticated but not allowed (403). */
  FORBIDDEN: 'FORBIDDEN',
  /** No such route or resource (404). */
  NOT_FOUND: 'NOT_FOUND',
  /** No such user in this tenant (rpId), or no signer of the requested kind (404). */
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  /** Already registered or already bound (409). */
  CONFLICT: 'CONFLICT',
  /** A challenge, nonce or quote is past its expiry (400; 422 for an operation intent). */
  EXPIRED: 'EXPIRED',
  /** A challenge was already consumed by an earlier POST (400). */
  CHALLENGE_USED: 'CHALLENGE_USED',
  /** A client nonce (KDF/email) or a 7702 nonce was seen before (400). */
  STALE_NONCE: 'STALE_NONCE',
  /** The proof `timestamp` is more than 5 minutes away from the server clock (400). */
  CLOCK_SKEW: 'CLOCK_SKEW',
  /** A signature (EIP-191 proof or `serverSignature`) does not verify (400). */
  INVALID_SIGNATURE: 'INVALID_SIGNATURE',
  /** A valid signature by another key than the bound one: wrong PIN, wrong passphrase (401). */
  SIGNER_MISMATCH: 'SIGNER_MISMATCH',
  /** Wrong email code, or none was sent (400). */
  OTP_INVALID: 'OTP_INVALID',
  /** The email code is past its 30 s lifetime (400). */
  OTP_EXPIRED: 'OTP_EXPIRED',
  /** The email code was already used (400). */
  OTP_USED: 'OTP_USED',
  /** The WebAuthn attestation does not verify (400). */
  INVALID_ATTESTATION: 'INVALID_ATTESTATION',
  /** The WebAuthn assertion does not verify, or its signature counter went backwards (401). */
  INVALID_ASSERTION: 'INVALID_ASSERTION',
  /** `clientDataJSON.origin` is not allowed for this rpId or differs from the request Origin (400). */
  ORIGIN_MISMATCH: 'ORIGIN_MISMATCH',
  /** The passkey is not registered in this tenant (401). */
  UNKNOWN_CREDENTIAL: 'UNKNOWN_CREDENTIAL',
  /** The refresh token is invalid, expired, already used, or from another tenant (401). */
  REFRESH_INVALID: 'REFRESH_INVALID',
  /** `safeAddress` is not one of the user's Safes on the chain; message `unknown safe address` (400). */
  UNKNOWN_SAFE: 'UNKNOWN_SAFE',
  /** An operation or quote needs more of a token than the Safe holds (400). */
  INSUFFICIENT_BALANCE: 'INSUFFICIENT_BALANCE',
  /** A withdrawal exceeds the Safe's Aave, Morpho or Hyperliquid position (400). */
  INSUFFICIENT_POSITION: 'INSUFFICIENT_POSITION',
  /** A documented operation type that the mock does not execute (400). */
  UNSUPPORTED_OPERATION: 'UNSUPPORTED_OPERATION',
  /** The operation intent was already signed and executed: prepare a new one (410). */
  GONE: 'GONE',
  /** Too many requests, or an email code resend before the last one expired (429). */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The request body is over the mock's 1 MiB limit (413). */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Documented IBEx feature the mock does not reproduce (501), or Hyperliquid in a batch (400). */
  NOT_IMPLEMENTED: 'NOT_IMPLEMENTED',
  /** Unexpected failure, or one injected by `POST /__mock/faults` `errorRate` (500). */
  INTERNAL: 'INTERNAL',
} as const

/** One of {@link mockErrorCodes}. */
export type MockErrorCode = (typeof mockErrorCodes)[keyof typeof mockErrorCodes]

/**
 * The HTTP status the mock answers with for each {@link MockErrorCode}.
 *
 * @example
 * mockErrorStatus.SIGNER_MISMATCH // 401
 */
export const mockErrorStatus: { readonly [code in MockErrorCode]: number } = {
  VALIDATION: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  CONFLICT: 409,
  EXPIRED: 400,
  CHALLENGE_USED: 400,
  STALE_NONCE: 400,
  CLOCK_SKEW: 400,
  INVALID_SIGNATURE: 400,
  SIGNER_MISMATCH: 401,
  OTP_INVALID: 400,
  OTP_EXPIRED: 400,
  OTP_USED: 400,
  INVALID_ATTESTATION: 400,
  INVALID_ASSERTION: 401,
  ORIGIN_MISMATCH: 400,
  UNKNOWN_CREDENTIAL: 401,
  REFRESH_INVALID: 401,
  UNKNOWN_SAFE: 400,
  INSUFFICIENT_BALANCE: 400,
  INSUFFICIENT_POSITION: 400,
  UNSUPPORTED_OPERATION: 400,
  GONE: 410,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  NOT_IMPLEMENTED: 501,
  INTERNAL: 500,
}
