import { bytesToBase64url } from '../../core/utils/base64.ts'
import { hmacSha256 } from '../crypto/hmacSha256.ts'
import type { MockJwtClaims } from './MockJwtClaims.ts'

const encoder = new TextEncoder()
const header = bytesToBase64url(encoder.encode(JSON.stringify({ alg: 'HS256', typ: 'JWT' })))

/** An HS256 JWT (WebCrypto HMAC), as IBEx's example tokens are. */
export async function signJwt(
  claims: MockJwtClaims,
  secret: Uint8Array<ArrayBuffer>,
): Promise<string> {
  const signingInput = `${header}.${bytesToBase64url(encoder.encode(JSON.stringify(claims)))}`
  return `${signingInput}.${bytesToBase64url(await hmacSha256(secret, signingInput))}`
}
