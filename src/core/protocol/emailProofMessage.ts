import { canonicalJson } from './canonicalJson.ts'

/** The fields signed by an email-mode key at sign-up and sign-in. */
export type EmailProofFields = {
  appId: string
  challenge: string
  challengeExpiresAt: string
  /** Only when the server sent one. */
  challengeId?: string | undefined
  externalUserId: string
  /** 16 random bytes, base64url. */
  nonce: string
  /** Milliseconds since the epoch. */
  timestamp: number
}

/**
 * The canonical message an email-mode key signs with EIP-191 `personal_sign` (docs/protocol.md, Email): the KDF fields minus the KDF versions, plus `wallet: "email"`.
 *
 * @example
 * emailProofMessage({ appId: 'localhost', challenge, challengeExpiresAt, externalUserId, nonce, timestamp })
 */
export function emailProofMessage(fields: EmailProofFields): string {
  return canonicalJson({
    appId: fields.appId,
    challenge: fields.challenge,
    challengeExpiresAt: fields.challengeExpiresAt,
    challengeId: fields.challengeId,
    externalUserId: fields.externalUserId,
    nonce: fields.nonce,
    timestamp: fields.timestamp,
    wallet: 'email',
  })
}
