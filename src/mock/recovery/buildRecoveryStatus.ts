import type { Address } from 'viem'
import type { MockView } from '../views/MockView.ts'
import { mockAddress } from '../wallet/mockAddress.ts'
import { entryHash, recoveryStateOf, type MockRecoveryEntry } from './recoveryStateOf.ts'

/** The delay the mock's recovery module waits before a recovery can run: 3 days, in seconds. */
export const mockRecoveryDelaySeconds = 259_200

const iso = (ms: number) => new Date(ms).toISOString()

function entryView(entry: MockRecoveryEntry, status: string): Record<string, unknown> {
  const { intent } = entry
  return {
    userOpHash: intent.userOpHash,
    ...(status === 'EXECUTED' ? { transactionHash: entryHash(entry) } : {}),
    status,
    createdAt: iso(intent.createdAt),
    updatedAt: iso(intent.settlesAt ?? intent.signedAt ?? intent.createdAt),
  }
}

/**
 * `GET /v1.2/recovery/status/:safeAddress` (docs/protocol.md) of a Safe on a chain: enabled
 * once an `ENABLE_RECOVERY` is confirmed; `pending` lists recovery operations signed but not yet
 * confirmed, `executed` the confirmed ones. `canExecute` is always `false`, as documented.
 *
 * @example
 * buildRecoveryStatus(view, safe, 421614).recoveryEnabled // false
 */
export function buildRecoveryStatus(
  view: MockView,
  safe: Address,
  chainId: number,
): Record<string, unknown> {
  const state = recoveryStateOf(view.tenant, safe, chainId, view.now)
  return {
    safeAddress: safe,
    recoveryEnabled: state.enabled,
    recoveryAddress: state.enabled ? mockAddress(`recovery-module|${chainId}`) : null,
    delay: state.enabled ? mockRecoveryDelaySeconds : null,
    pendingRecovery: false,
    canExecute: false,
    executeAfter: null,
    dataRecovery: state.enabled,
    pending: state.pending.map((entry) => entryView(entry, 'SIGNED')),
    executed: state.executed.map((entry) => entryView(entry, 'EXECUTED')),
    userOpHash: state.last?.intent.userOpHash ?? null,
    transactionHash: entryHash(state.last),
  }
}
