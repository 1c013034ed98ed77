/** The `serverKeyId` of each key-proof mode (docs/protocol.md). */
export const proofServerKeyIds = { kdf: 'pin-kdf-hmac-v1', email: 'email-token-hmac-v1' } as const

/** A mode whose sign-in is a signed canonical message: PIN (KDF) or email. */
export type ProofKind = keyof typeof proofServerKeyIds
