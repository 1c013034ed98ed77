import type { MockContext } from '../http/MockContext.ts'
import { resolveChainId } from '../http/resolveChainId.ts'
import type { MockUser } from '../state/MockUser.ts'
import { authMethodOf } from '../tokens/authMethodOf.ts'
import { issueTokens } from '../tokens/issueTokens.ts'

/** `externalUserId`, a pending JWT pair and its `authMethod`: the head of a PIN or email GET sign-up. */
export async function pendingSessionFields(
  ctx: MockContext,
  user: MockUser,
): Promise<Record<string, unknown>> {
  return {
    externalUserId: user.externalUserId,
    ...(await issueTokens(ctx, user, resolveChainId(ctx))),
    authMethod: authMethodOf(user),
  }
}
