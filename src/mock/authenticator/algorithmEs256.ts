/**
 * COSE identifier of ES256 (ECDSA on P-256 with SHA-256): the one algorithm this authenticator
 * implements, because it is the one every platform authenticator supports and IBEx offers first.
 *
 * @example
 * publicKey.pubKeyCredParams.some((param) => param.alg === algorithmEs256)
 */
export const algorithmEs256 = -7
