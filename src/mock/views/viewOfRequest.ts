import type { MockContext } from '../http/MockContext.ts'
import { authenticateRequest } from '../tokens/authenticateRequest.ts'
import { createView } from './createView.ts'
import type { MockView } from './MockView.ts'

/**
 * The {@link MockView} of a JWT route's caller, else 401 UNAUTHORIZED. The mock binds one signer
 * per user, so the token's user is also its signer (`sid`) scope.
 *
 * @example
 * const view = await viewOfRequest(ctx)
 */
export async function viewOfRequest(ctx: MockContext): Promise<MockView> {
  const { user } = await authenticateRequest(ctx)
  return createView({
    state: ctx.state,
    config: ctx.config,
    tenant: ctx.tenant(),
    user,
    now: ctx.now(),
  })
}
