import { emitLedgerEvent } from '../wallet/emitLedgerEvent.ts'
import { createMockState } from './createMockState.ts'
import type { MockState } from './MockState.ts'

/**
 * Empties `state` in place (same object, so adapters holding it keep working); the ledger
 * listeners stay and hear a `reset` (the WebSocket hub closes its sessions).
 */
export function resetMockState(state: MockState, seed: string | number | undefined): void {
  const listeners = state.listeners
  Object.assign(state, createMockState(seed), { listeners })
  emitLedgerEvent(state, { type: 'reset' })
}
