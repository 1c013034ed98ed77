import type { Address, Hex } from 'viem'
import type { MockOperationIntent } from '../operations/MockOperationIntent.ts'
import { operationStatusOf } from '../operations/operationStatusOf.ts'
import type { MockTenant } from '../state/MockTenant.ts'

/** A recovery operation of a Safe, as the status route lists it. */
export type MockRecoveryEntry = {
  intent: MockOperationIntent
  action: 'enable' | 'cancel'
  status: 'CREATED' | 'EXECUTED' | 'CONFIRMED' | 'FAILED'
}

/** Where a Safe's recovery stands on one chain, computed from its recovery operations. */
export type MockRecoveryState = {
  enabled: boolean
  /** Signed and executed, not yet confirmed: the state changes when they settle. */
  pending: MockRecoveryEntry[]
  /** Confirmed, oldest first. */
  executed: MockRecoveryEntry[]
  /** The last confirmed one, if any. */
  last: MockRecoveryEntry | undefined
}

function actionOf(intent: MockOperationIntent): 'enable' | 'cancel' | undefined {
  for (const operation of intent.operations) {
    if (operation.kind === 'recovery') return operation.action
  }
  return undefined
}

/**
 * A Safe's recovery on a chain, read from its `ENABLE_RECOVERY` / `CANCEL_RECOVERY` operations
 * on the mock clock: it is enabled once an enable is CONFIRMED and no later cancel is, so the
 * status changes when the operation settles, not when it is signed.
 *
 * @example
 * recoveryStateOf(view.tenant, safe, 421614, view.now).enabled // false
 */
export function recoveryStateOf(
  tenant: MockTenant,
  safe: Address,
  chainId: number,
  now: number,
): MockRecoveryState {
  const entries: (MockRecoveryEntry & { at: number })[] = []
  for (const intent of tenant.operations.values()) {
    if (intent.chainId !== chainId || intent.safeAddress !== safe) continue
    const action = actionOf(intent)
    if (!action) continue
    const { status, updatedAt } = operationStatusOf(intent, now)
    if (status === 'SIGNED') continue
    entries.push({ intent, action, status, at: updatedAt })
  }
  const executed = entries
    .filter((entry) => entry.status === 'CONFIRMED')
    .sort((a, b) => a.at - b.at)
  const last = executed.at(-1)
  return {
    enabled: last?.action === 'enable',
    pending: entries.filter((entry) => entry.status === 'EXECUTED'),
    executed,
    last,
  }
}

/** The `transactionHash` of an entry, `null` when it has none. */
export function entryHash(entry: MockRecoveryEntry | undefined): Hex | null {
  return entry?.intent.transactionHash ?? null
}
