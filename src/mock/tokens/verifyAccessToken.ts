import type { MockState } from '../state/MockState.ts'
import type { MockUser } from '../state/MockUser.ts'
import type { MockJwtClaims } from './MockJwtClaims.ts'
import { verifyJwt } from './verifyJwt.ts'

/** The outcome of {@link verifyAccessToken}. */
export type AccessTokenCheck =
  { ok: true; user: MockUser; claims: MockJwtClaims } | { ok: false; reason: string }

/**
 * Checks an access token for `rpId`: HS256 signature, expiry, `typ`, `iss === rpId`, a known
 * user, and (unless `allowPending`) not a pending sign-up token. Used by the JWT routes and by
 * the WebSocket's first-message auth (part 2).
 *
 * @example
 * const check = await verifyAccessToken(mock.state, token, 'localhost', mock.now())
 */
export async function verifyAccessToken(
  state: MockState,
  token: string,
  rpId: string,
  nowMs: number,
  options: { allowPending?: boolean } = {},
): Promise<AccessTokenCheck> {
  const claims = await verifyJwt(token, state.secrets.jwt, nowMs)
  if (!claims || claims.typ !== 'access') {
    return { ok: false, reason: 'Invalid or expired access token' }
  }
  if (claims.iss !== rpId) {
    return { ok: false, reason: `Token issuer ${claims.iss} is not this rpId (${rpId})` }
  }
  const user = state.tenants.get(rpId)?.users.get(claims.sub)
  if (!user) return { ok: false, reason: 'Unknown user' }
  const pending = user.status === 'pending' || claims.authMethod.endsWith('_PENDING')
  if (pending && !options.allowPending) {
    return { ok: false, reason: 'This token belongs to an unfinished sign-up' }
  }
  return { ok: true, user, claims }
}
