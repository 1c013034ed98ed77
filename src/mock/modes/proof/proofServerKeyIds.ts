/** The `serverKeyId` of each key-proof mode (ibex-api.md §4.1 and §4.3). */
export const proofServerKeyIds = { kdf: 'pin-kdf-hmac-v1', email: 'email-token-hmac-v1' } as const

/** A mode whose sign-in is a signed canonical message: PIN (KDF) or email. */
export type ProofKind = keyof typeof proofServerKeyIds
