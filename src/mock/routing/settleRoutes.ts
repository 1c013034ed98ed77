import { randomHash } from '../crypto/randomHash.ts'
import type { MockView } from '../views/MockView.ts'
import { commitLedgerDraft } from '../wallet/commitLedgerDraft.ts'
import { openLedgerDraft } from '../wallet/openLedgerDraft.ts'
import { routeBridgeAddress } from '../wallet/systemAddresses.ts'
import { routeStatusOf } from './routeStatusOf.ts'

/**
 * Runs the destination leg of the user's bridge routes that reached DEST_COMPLETED on the mock
 * clock: the bought amount arrives in the user's Safe on the destination chain from the bridge,
 * once, as a transaction of its own. Called whenever the user's data is read, so balances,
 * transactions and the route status agree at any moment.
 *
 * @example
 * settleRoutes(view)
 */
export function settleRoutes(view: MockView): void {
  const { tenant, state, config, now, user } = view
  for (const route of tenant.routes.values()) {
    if (route.credited || route.mode !== 'CROSS_CHAIN_BRIDGE') continue
    if (route.externalUserId !== user.externalUserId) continue
    const { status } = routeStatusOf(tenant, route, now, config.operationConfirmDelayMs)
    if (status !== 'DEST_COMPLETED') continue
    const draft = openLedgerDraft(state.ledger)
    draft.move(
      {
        token: route.buyToken,
        from: routeBridgeAddress,
        to: route.destinationSafe,
        amount: route.buyAmount,
      },
      `route ${route.routeId} (destination leg)`,
    )
    route.credited = true
    commitLedgerDraft(state, draft, { now, hash: randomHash(state.random) })
  }
}
