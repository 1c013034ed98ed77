import { signInDataTtlMs } from '../../data/enrichSignIn.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { authenticateRequest } from '../../tokens/authenticateRequest.ts'

/**
 * `GET /v1.2/auth/sign-in/data/:dataRequestId` (JWT of the new session). IBEx does not document
 * the envelope (docs/protocol.md); the mock answers 200 `{ dataRequestId, status, data }` with
 * `status` `PENDING` (no `data`), `READY` (`data` = the requested blocks) or `FAILED` (`error`).
 * READY once `signInDataDelayMs` has passed or on the second poll; 404 NOT_FOUND after ~180 s
 * or for another user's id.
 */
export const signInDataRoute: MockRoute = {
  method: 'GET',
  path: '/v1.2/auth/sign-in/data/:dataRequestId',
  handler: async (ctx) => {
    const { user } = await authenticateRequest(ctx)
    const tenant = ctx.tenant()
    const id = ctx.params.dataRequestId ?? ''
    const request = tenant.dataRequests.get(id)
    const now = ctx.now()
    if (request && now > request.expiresAt) tenant.dataRequests.delete(id)
    if (!request || now > request.expiresAt || request.externalUserId !== user.externalUserId) {
      throw new MockHttpError(
        'NOT_FOUND',
        `No sign-in data request ${id} (ids live ${signInDataTtlMs / 1000} s)`,
      )
    }
    request.polls += 1
    const ready = request.polls >= 2 || now - request.createdAt >= ctx.config.signInDataDelayMs
    if (!ready) return jsonResponse({ dataRequestId: id, status: 'PENDING' })
    try {
      const data = await ctx.config.buildSignInData({
        user,
        tenant,
        chainId: request.chainId,
        include: request.include,
        now,
        config: ctx.config,
        state: ctx.state,
      })
      return jsonResponse({ dataRequestId: id, status: 'READY', data })
    } catch (error) {
      return jsonResponse({ dataRequestId: id, status: 'FAILED', error: (error as Error).message })
    }
  },
}
