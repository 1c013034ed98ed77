import type { Hex } from 'viem'
import type { MockOperationIntent } from '../operations/MockOperationIntent.ts'
import { operationStatusOf } from '../operations/operationStatusOf.ts'
import type { MockTenant } from '../state/MockTenant.ts'
import type { MockRouteQuote } from './MockRouteQuote.ts'

/** The route lifecycle of docs/protocol.md */
export type MockRouteStatus =
  | 'CREATED'
  | 'SOURCE_PREPARED'
  | 'SOURCE_SUBMITTED'
  | 'SOURCE_CONFIRMED'
  | 'DEST_PENDING'
  | 'DEST_COMPLETED'
  | 'FAILED'

/** The newest operation that executes `route` (the last prepared, or the one that ran). */
export function sourceIntentOf(
  tenant: MockTenant,
  route: MockRouteQuote,
): MockOperationIntent | undefined {
  let found: MockOperationIntent | undefined
  for (const intent of tenant.operations.values()) {
    const runs = intent.operations.some((op) => op.kind === 'route' && op.route === route)
    if (!runs) continue
    // A signed one wins over any later unsigned prepare of the same (then used) route.
    if (!found || found.signedAt === undefined) found = intent
  }
  return found
}

/**
 * Where a route stands at `now` on the mock clock: CREATED until its `ROUTE_FROM_QUOTE` is
 * prepared, SOURCE_PREPARED until signed, SOURCE_SUBMITTED until the source leg settles (the
 * operation's confirmation delay), then, for a bridge, SOURCE_CONFIRMED and DEST_PENDING for
 * one more delay each before DEST_COMPLETED (a same-chain swap completes with its source leg).
 * A failed source leg is FAILED.
 *
 * @example
 * routeStatusOf(tenant, route, view.now, config.operationConfirmDelayMs).status // 'CREATED'
 */
export function routeStatusOf(
  tenant: MockTenant,
  route: MockRouteQuote,
  now: number,
  legDelayMs: number,
): { status: MockRouteStatus; sourceUserOpHash: Hex | null; transactionHash: Hex | null } {
  const intent = sourceIntentOf(tenant, route)
  if (!intent) return { status: 'CREATED', sourceUserOpHash: null, transactionHash: null }
  const ids = {
    sourceUserOpHash: intent.userOpHash,
    transactionHash: intent.transactionHash ?? null,
  }
  const { status } = operationStatusOf(intent, now)
  if (status === 'CREATED') return { status: 'SOURCE_PREPARED', ...ids }
  if (status === 'FAILED') return { status: 'FAILED', ...ids }
  if (status !== 'CONFIRMED' || intent.settlesAt === undefined) {
    return { status: 'SOURCE_SUBMITTED', ...ids }
  }
  if (route.mode === 'SAME_CHAIN_SWAP') return { status: 'DEST_COMPLETED', ...ids }
  const since = now - intent.settlesAt
  if (since < legDelayMs) return { status: 'SOURCE_CONFIRMED', ...ids }
  if (since < 2 * legDelayMs) return { status: 'DEST_PENDING', ...ids }
  return { status: 'DEST_COMPLETED', ...ids }
}
