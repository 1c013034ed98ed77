/** The server materials a PIN or email proof signs and the POST echoes. */
export type ProofChallengeFields = {
  externalUserId: string
  challenge: string
  challengeExpiresAt: string
  /** Only when the server sent one. */
  challengeId?: string | undefined
  serverSignature: string
  serverKeyId: string
}

/**
 * Picks the challenge fields of a KDF GET or an `/email/recover` answer, member by member (the
 * rest, such as a pending token pair, stays behind), with a `null` `challengeId` dropped.
 *
 * @example
 * const fields = proofChallengeFields(materials) // spread into the POST body and the signer job
 */
export function proofChallengeFields(materials: {
  externalUserId: string
  challenge: string
  challengeExpiresAt: string
  challengeId?: string | null | undefined
  serverSignature: string
  serverKeyId: string
}): ProofChallengeFields {
  const { externalUserId, challenge, challengeExpiresAt, challengeId } = materials
  return {
    externalUserId,
    challenge,
    challengeExpiresAt,
    ...(challengeId == null ? {} : { challengeId }),
    serverSignature: materials.serverSignature,
    serverKeyId: materials.serverKeyId,
  }
}
