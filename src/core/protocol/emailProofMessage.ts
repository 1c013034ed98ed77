import { defaultProtocolProfile } from './defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'
import { proofMessageJson } from './proofMessageJson.ts'

/** The fields signed by an email-mode key at sign-up and sign-in. */
export type EmailProofFields = {
  appId: string
  challenge: string
  challengeExpiresAt: string
  /** Only when the server sent one. */
  challengeId?: string | undefined
  externalUserId: string
  /** Random bytes in `protocol.proof.nonce` (default 16 bytes, base64url). */
  nonce: string
  /** In `protocol.proof.timestamp` (default ms since the epoch, a number). */
  timestamp: number | string
}

/**
 * The canonical message an email-mode key signs (docs/protocol.md, Email): the
 * keys of `protocol.email.proofFields` (default: the KDF fields minus the KDF versions, plus
 * `wallet: "email"`), in the order of `protocol.proof.keyOrder`.
 *
 * @example
 * emailProofMessage({ appId: 'localhost', challenge, challengeExpiresAt, externalUserId, nonce, timestamp })
 */
export function emailProofMessage(
  fields: EmailProofFields,
  protocol: IbexProtocolProfile = defaultProtocolProfile,
): string {
  const all: Record<string, string | number | undefined> = {
    ...fields,
    wallet: protocol.email.wallet,
  }
  const picked: Record<string, string | number | undefined> = {}
  for (const key of protocol.email.proofFields) picked[key] = all[key]
  return proofMessageJson(picked, protocol.proof.keyOrder)
}
