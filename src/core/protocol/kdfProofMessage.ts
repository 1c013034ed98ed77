import { canonicalJson } from './canonicalJson.ts'

/** The fields signed by a KDF (PIN) signer at sign-up and sign-in. */
export type KdfProofFields = {
  appId: string
  challenge: string
  challengeExpiresAt: string
  /** Only when the server sent one. */
  challengeId?: string | undefined
  externalUserId: string
  kdfParamsVersion: number
  /** 16 random bytes, base64url. */
  nonce: string
  saltVersion: number
  /** Milliseconds since the epoch. */
  timestamp: number
}

/**
 * The canonical message a KDF signer signs with EIP-191 `personal_sign` (docs/protocol.md, KDF). The mock rebuilds it from the POSTed fields to verify the signature.
 *
 * @example
 * kdfProofMessage({ appId: 'localhost', challenge, challengeExpiresAt, externalUserId,
 *   kdfParamsVersion: 1, nonce, saltVersion: 1, timestamp: Date.now() })
 */
export function kdfProofMessage(fields: KdfProofFields): string {
  return canonicalJson({
    appId: fields.appId,
    challenge: fields.challenge,
    challengeExpiresAt: fields.challengeExpiresAt,
    challengeId: fields.challengeId,
    externalUserId: fields.externalUserId,
    kdfParamsVersion: fields.kdfParamsVersion,
    nonce: fields.nonce,
    saltVersion: fields.saltVersion,
    timestamp: fields.timestamp,
  })
}
