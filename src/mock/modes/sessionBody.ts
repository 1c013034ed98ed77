import type { MockContext } from '../http/MockContext.ts'
import type { MockUser } from '../state/MockUser.ts'
import { issueTokens } from '../tokens/issueTokens.ts'
import { seedUserSafes } from '../wallet/seedUserSafes.ts'
import { userSummary } from './userSummary.ts'

/**
 * New tokens plus `issuer`/`audience`/`subject`/`roles` and the user's mode fields. An active
 * user's Safes get their starting balance here, before anyone can send them funds.
 */
export async function sessionBody(
  ctx: MockContext,
  user: MockUser,
  chainId: number,
): Promise<Record<string, unknown>> {
  const rpId = ctx.rpId()
  if (user.status === 'active') seedUserSafes(ctx.state, ctx.config, user, ctx.now())
  return {
    ...(await issueTokens(ctx, user, chainId)),
    issuer: rpId,
    audience: rpId,
    subject: user.externalUserId,
    roles: ['USER'],
    ...userSummary(user, chainId),
  }
}
