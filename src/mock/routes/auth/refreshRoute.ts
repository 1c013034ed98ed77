import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { sessionBody } from '../../modes/sessionBody.ts'
import { verifyJwt } from '../../tokens/verifyJwt.ts'

/**
 * `POST /v1.2/auth/refresh { refresh_token }` (docs/protocol.md): a new pair; the old refresh
 * token is revoked. Expired, reused, foreign-tenant or malformed → 401 REFRESH_INVALID.
 */
export const refreshRoute: MockRoute = {
  method: 'POST',
  path: '/v1.2/auth/refresh',
  handler: async (ctx) => {
    const rpId = ctx.rpId()
    const body = await ctx.body()
    const token = typeof body.refresh_token === 'string' ? body.refresh_token : ''
    const claims = token ? await verifyJwt(token, ctx.state.secrets.jwt, ctx.now()) : undefined
    const tenant = ctx.tenant()
    const record =
      claims?.typ === 'refresh' && claims.iss === rpId
        ? tenant.refreshTokens.get(claims.jti)
        : undefined
    if (!record) throw new MockHttpError('REFRESH_INVALID', 'Invalid or expired refresh token')
    if (record.used)
      throw new MockHttpError('REFRESH_INVALID', 'This refresh token was already used')
    const user = tenant.users.get(record.externalUserId)
    if (!user) throw new MockHttpError('REFRESH_INVALID', 'The user of this refresh token is gone')
    record.used = true
    return jsonResponse(await sessionBody(ctx, user, record.chainId))
  },
}
