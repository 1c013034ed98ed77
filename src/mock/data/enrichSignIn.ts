import { bytesToBase64url } from '../../core/utils/base64.ts'
import { flag } from '../http/bodyFields.ts'
import type { MockContext } from '../http/MockContext.ts'
import type { MockSignInInclude } from '../state/MockTenant.ts'
import type { MockUser } from '../state/MockUser.ts'

/** How long an `asyncData` result can be polled (docs/protocol.md: about 180 s). */
export const signInDataTtlMs = 180_000

/**
 * The enrichment part of a sign-in response: the requested `balance` / `transactions` /
 * `userdata` blocks, or with `asyncData` a `dataRequestId` and `dataStatus: "PENDING"` to poll.
 * Flags are read from the body, then the query.
 */
export async function enrichSignIn(
  ctx: MockContext,
  user: MockUser,
  chainId: number,
  body: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const read = (key: string) => flag(body[key] ?? ctx.url.searchParams.get(key))
  const include: MockSignInInclude = {
    balance: read('includeBalance'),
    transactions: read('includeTransactions'),
    userdata: read('includeUserdata'),
  }
  if (!include.balance && !include.transactions && !include.userdata) return {}
  const tenant = ctx.tenant()
  const now = ctx.now()
  if (read('asyncData')) {
    const id = bytesToBase64url(ctx.state.random.bytes(16))
    tenant.dataRequests.set(id, {
      id,
      externalUserId: user.externalUserId,
      chainId,
      include,
      createdAt: now,
      expiresAt: now + signInDataTtlMs,
      polls: 0,
    })
    return { dataRequestId: id, dataStatus: 'PENDING' }
  }
  return {
    ...(await ctx.config.buildSignInData({
      user,
      tenant,
      chainId,
      include,
      now,
      config: ctx.config,
      state: ctx.state,
    })),
  }
}
