import { bytesToBase64url } from '../../core/utils/base64.ts'
import type { MockContext } from '../http/MockContext.ts'
import type { MockUser } from '../state/MockUser.ts'
import { authMethodOf } from './authMethodOf.ts'
import { signJwt } from './signJwt.ts'

/** The token part of every auth response. */
export type MockTokenPair = {
  access_token: string
  refresh_token: string
  token_type: 'Bearer'
  expires_in: number
}

/**
 * A new access/refresh pair for `user` (iss = aud = rpId, sub = externalUserId, sid = signer id).
 * The refresh token is recorded so that it can be used once.
 */
export async function issueTokens(
  ctx: MockContext,
  user: MockUser,
  chainId: number,
): Promise<MockTokenPair> {
  const tenant = ctx.tenant()
  const iat = Math.floor(ctx.now() / 1000)
  const accessTtl = ctx.state.faults.accessTokenTtl ?? ctx.config.accessTokenTtl
  const base = {
    iss: tenant.rpId,
    aud: tenant.rpId,
    sub: user.externalUserId,
    sid: user.signerId,
    iat,
    roles: ['USER'],
    authMethod: authMethodOf(user),
    chainId,
  }
  const refreshJti = bytesToBase64url(ctx.state.random.bytes(16))
  const refreshExp = iat + ctx.config.refreshTokenTtl
  tenant.refreshTokens.set(refreshJti, {
    jti: refreshJti,
    externalUserId: user.externalUserId,
    chainId,
    expiresAt: refreshExp * 1000,
    used: false,
  })
  const secret = ctx.state.secrets.jwt
  const accessJti = bytesToBase64url(ctx.state.random.bytes(16))
  tenant.accessTokens.set(accessJti, {
    externalUserId: user.externalUserId,
    expiresAt: (iat + accessTtl) * 1000,
    expired: false,
  })
  return {
    access_token: await signJwt(
      { ...base, exp: iat + accessTtl, jti: accessJti, typ: 'access' },
      secret,
    ),
    refresh_token: await signJwt(
      { ...base, exp: refreshExp, jti: refreshJti, typ: 'refresh' },
      secret,
    ),
    token_type: 'Bearer',
    expires_in: accessTtl,
  }
}
