import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockContext } from '../http/MockContext.ts'
import type { MockUser } from '../state/MockUser.ts'
import type { MockJwtClaims } from './MockJwtClaims.ts'
import { verifyAccessToken } from './verifyAccessToken.ts'

/** The bearer token of `Authorization`, else of `X-IBEx-Auth` (docs/protocol.md). */
export function bearerTokenOf(request: Request): string | undefined {
  for (const name of ['authorization', 'x-ibex-auth']) {
    const match = /^Bearer\s+(\S+)$/i.exec(request.headers.get(name) ?? '')
    if (match?.[1]) return match[1]
  }
  return undefined
}

/**
 * The user and claims of the request's access token (see {@link verifyAccessToken}), or a 401
 * UNAUTHORIZED. For the JWT routes.
 *
 * @example
 * const { user } = await authenticateRequest(ctx)
 */
export async function authenticateRequest(
  ctx: MockContext,
  options: { allowPending?: boolean } = {},
): Promise<{ user: MockUser; claims: MockJwtClaims }> {
  const rpId = ctx.rpId()
  const token = bearerTokenOf(ctx.request)
  if (!token) throw new MockHttpError('UNAUTHORIZED', 'Missing bearer token')
  const check = await verifyAccessToken(ctx.state, token, rpId, ctx.now(), options)
  if (!check.ok) throw new MockHttpError('UNAUTHORIZED', check.reason)
  return { user: check.user, claims: check.claims }
}
