import type { MockRoute } from '../../http/MockRoute.ts'
import { authenticateRequest } from '../../tokens/authenticateRequest.ts'
import { emitLedgerEvent } from '../../wallet/emitLedgerEvent.ts'

/**
 * `routes` with every successful write (not `GET`) followed by a `userData` event, so the
 * user's sockets get a fresh `user_data` (docs/protocol.md: the `/users/me` aggregate, pushed
 * after a change, not only in the burst). Reads are left as they are.
 *
 * @example
 * const routes = [...pushUserDataAfterWrites(usersMeRoutes), ...pushUserDataAfterWrites(addressBookRoutes)]
 */
export function pushUserDataAfterWrites(routes: readonly MockRoute[]): MockRoute[] {
  return routes.map((route) =>
    route.method === 'GET'
      ? route
      : {
          ...route,
          handler: async (ctx) => {
            const response = await route.handler(ctx)
            if (response.ok) {
              // The handler accepted this token a moment ago: whose data it changed.
              const { user } = await authenticateRequest(ctx)
              emitLedgerEvent(ctx.state, {
                type: 'userData',
                rpId: user.rpId,
                externalUserId: user.externalUserId,
              })
            }
            return response
          },
        },
  )
}
