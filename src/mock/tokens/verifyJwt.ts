import { base64ToBytes, bytesToBase64url } from '../../core/utils/base64.ts'
import { hmacSha256 } from '../crypto/hmacSha256.ts'
import type { MockJwtClaims } from './MockJwtClaims.ts'

/**
 * The claims of an HS256 JWT signed with `secret` and not expired at `nowMs`, else `undefined`.
 * Callers check `iss`, `typ` and the user themselves.
 */
export async function verifyJwt(
  token: string,
  secret: Uint8Array<ArrayBuffer>,
  nowMs: number,
): Promise<MockJwtClaims | undefined> {
  const [header, payload, signature] = token.split('.')
  if (!header || !payload || !signature) return undefined
  const expected = bytesToBase64url(await hmacSha256(secret, `${header}.${payload}`))
  if (expected !== signature) return undefined
  try {
    const claims = JSON.parse(new TextDecoder().decode(base64ToBytes(payload))) as MockJwtClaims
    if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs) return undefined
    return claims
  } catch {
    return undefined
  }
}
