import { bytesToBase64url } from '../../../core/utils/base64.ts'
import { hmacSha256 } from '../../crypto/hmacSha256.ts'

/**
 * `serverSignature` = base64url HMAC-SHA256(server secret,
 * `challenge|challengeExpiresAt|externalUserId|appId`) (docs/protocol.md).
 */
export async function serverSignatureOf(
  secret: Uint8Array<ArrayBuffer>,
  fields: { challenge: string; challengeExpiresAt: string; externalUserId: string; appId: string },
): Promise<string> {
  const { challenge, challengeExpiresAt, externalUserId, appId } = fields
  return bytesToBase64url(
    await hmacSha256(secret, `${challenge}|${challengeExpiresAt}|${externalUserId}|${appId}`),
  )
}
