import type { MockState } from '../state/MockState.ts'
import type { MockUser } from '../state/MockUser.ts'
import type { MockJwtClaims } from './MockJwtClaims.ts'
import { verifyJwt } from './verifyJwt.ts'

/** Why {@link verifyAccessToken} refused a token (the WebSocket's `auth_error.error_code`). */
export type AccessTokenFailure =
  'TOKEN_EXPIRED' | 'INVALID_TOKEN' | 'WRONG_ISSUER' | 'UNKNOWN_USER' | 'PENDING_SIGNUP'

/** The outcome of {@link verifyAccessToken}. */
export type AccessTokenCheck =
  | { ok: true; user: MockUser; claims: MockJwtClaims }
  | { ok: false; reason: string; code: AccessTokenFailure }

/**
 * Checks an access token for `rpId`: HS256 signature, expiry, `typ`, `iss === rpId`, a known
 * user, and (unless `allowPending`) not a pending sign-up token. Used by the JWT routes and by
 * the WebSocket's first-message auth.
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
    // Checked against the epoch, a well-signed token only fails on its expiry.
    const expired = (await verifyJwt(token, state.secrets.jwt, 0))?.typ === 'access'
    return expired
      ? { ok: false, reason: 'Access token expired', code: 'TOKEN_EXPIRED' }
      : { ok: false, reason: 'Invalid or expired access token', code: 'INVALID_TOKEN' }
  }
  if (claims.iss !== rpId) {
    return {
      ok: false,
      reason: `Token issuer ${claims.iss} is not this rpId (${rpId})`,
      code: 'WRONG_ISSUER',
    }
  }
  if (state.tenants.get(rpId)?.accessTokens.get(claims.jti)?.expired) {
    return { ok: false, reason: 'Access token expired', code: 'TOKEN_EXPIRED' }
  }
  const user = state.tenants.get(rpId)?.users.get(claims.sub)
  if (!user) return { ok: false, reason: 'Unknown user', code: 'UNKNOWN_USER' }
  const pending = user.status === 'pending' || claims.authMethod.endsWith('_PENDING')
  if (pending && !options.allowPending) {
    return {
      ok: false,
      reason: 'This token belongs to an unfinished sign-up',
      code: 'PENDING_SIGNUP',
    }
  }
  return { ok: true, user, claims }
}
