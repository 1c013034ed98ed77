import { MockHttpError } from '../errors/MockHttpError.ts'
import { requiredString } from '../http/bodyFields.ts'
import type { MockOperationEffect } from './MockOperationSpec.ts'
import type { OperationContext } from './OperationContext.ts'

/**
 * `ROUTE_FROM_QUOTE` (`quoteId` = a `routeId` of `POST /safes/routes/quote`, docs/protocol.md):
 * the route must be this user's, start from this Safe and chain, be unused and not expired.
 *
 * @example
 * parseRouteOperation({ type: 'ROUTE_FROM_QUOTE', quoteId: routeId }, 'operations[0]', context)
 */
export function parseRouteOperation(
  raw: Record<string, unknown>,
  at: string,
  context: OperationContext,
): MockOperationEffect {
  const routeId = requiredString(raw, 'quoteId')
  const route = context.view.tenant.routes.get(routeId)
  if (
    !route ||
    route.externalUserId !== context.view.user.externalUserId ||
    route.sourceChainId !== context.chainId ||
    route.safeAddress !== context.safe
  ) {
    throw new MockHttpError('VALIDATION', `${at}.quoteId ${routeId} is not a route from this Safe`)
  }
  if (route.used) throw new MockHttpError('VALIDATION', `${at}: this route was already executed`)
  if (context.view.now > route.validTo * 1000) {
    throw new MockHttpError('EXPIRED', `${at}: the route quote expired; request a new one`)
  }
  return { kind: 'route', route }
}
