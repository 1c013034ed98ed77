import type { MockState } from '../state/MockState.ts'
import type { MockLedgerEvent } from './MockLedger.ts'

/** Tells every ledger listener (the WebSocket hub); a failing listener does not stop the others. */
export function emitLedgerEvent(state: MockState, event: MockLedgerEvent): void {
  for (const listener of state.listeners) {
    try {
      listener(event)
    } catch {
      // A broken socket must not undo a committed transfer.
    }
  }
}
