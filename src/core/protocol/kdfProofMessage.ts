import { defaultProtocolProfile } from './defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'
import { proofMessageJson } from './proofMessageJson.ts'

/** The fields signed by a KDF (PIN) signer at sign-up and sign-in. */
export type KdfProofFields = {
  appId: string
  challenge: string
  challengeExpiresAt: string
  /** Only when the server sent one. */
  challengeId?: string | undefined
  externalUserId: string
  kdfParamsVersion: number
  /** Random bytes in `protocol.proof.nonce` (default 16 bytes, base64url). */
  nonce: string
  saltVersion: number
  /** In `protocol.proof.timestamp` (default ms since the epoch, a number). */
  timestamp: number | string
}

/**
 * The canonical message a KDF signer signs (docs/protocol.md, KDF): IBEx's
 * documented fields, in the key order of `protocol.proof.keyOrder` (default sorted). The mock
 * rebuilds it from the POSTed fields to verify the signature.
 *
 * @example
 * kdfProofMessage({ appId: 'localhost', challenge, challengeExpiresAt, externalUserId,
 *   kdfParamsVersion: 1, nonce, saltVersion: 1, timestamp: Date.now() })
 */
export function kdfProofMessage(
  fields: KdfProofFields,
  protocol: IbexProtocolProfile = defaultProtocolProfile,
): string {
  return proofMessageJson(
    {
      appId: fields.appId,
      challenge: fields.challenge,
      challengeExpiresAt: fields.challengeExpiresAt,
      challengeId: fields.challengeId,
      externalUserId: fields.externalUserId,
      kdfParamsVersion: fields.kdfParamsVersion,
      nonce: fields.nonce,
      saltVersion: fields.saltVersion,
      timestamp: fields.timestamp,
    },
    protocol.proof.keyOrder,
  )
}
