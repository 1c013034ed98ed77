import { bytesToBase64url } from '../../../core/utils/base64.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockUser } from '../../state/MockUser.ts'
import { proofServerKeyIds, type ProofKind } from './proofServerKeyIds.ts'
import { serverSignatureOf } from './serverSignatureOf.ts'

/** Challenge materials of the KDF and email modes, as the GET (or `/email/recover`) returns them. */
export type ProofChallengeMaterials = {
  challenge: string
  challengeExpiresAt: string
  serverSignature: string
  serverKeyId: string
}

/** Issues and records a single-use, expiring challenge for `user` (appId = rpId). */
export async function issueProofChallenge(
  ctx: MockContext,
  user: MockUser,
  kind: ProofKind,
  purpose: 'sign-up' | 'sign-in',
): Promise<ProofChallengeMaterials> {
  const challenge = bytesToBase64url(ctx.state.random.bytes(32))
  const expiresAt = ctx.now() + ctx.config.challengeTtl * 1000
  const challengeExpiresAt = new Date(expiresAt).toISOString()
  ctx.tenant().challenges.set(challenge, {
    value: challenge,
    kind,
    purpose,
    externalUserId: user.externalUserId,
    expiresAt,
    used: false,
  })
  const serverSignature = await serverSignatureOf(ctx.state.secrets.server, {
    challenge,
    challengeExpiresAt,
    externalUserId: user.externalUserId,
    appId: ctx.rpId(),
  })
  return { challenge, challengeExpiresAt, serverSignature, serverKeyId: proofServerKeyIds[kind] }
}
