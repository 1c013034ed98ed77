import { settleRoutes } from '../routing/settleRoutes.ts'
import { seedUserSafes } from '../wallet/seedUserSafes.ts'
import type { MockView } from './MockView.ts'

/**
 * A {@link MockView}, after making sure the user's Safes got their starting balance.
 *
 * @example
 * const view = createView({ state: ctx.state, config: ctx.config, tenant: ctx.tenant(), user, now: ctx.now() })
 */
export function createView(view: MockView): MockView {
  seedUserSafes(view.state, view.config, view.user, view.now)
  settleRoutes(view)
  return view
}
