import type { MockLedgerEvent } from '../wallet/MockLedger.ts'

/** An authenticated socket, as the hub tracks it. */
export type AuthenticatedSocket = {
  /** The connection id (`existingConnectionId` of a refused duplicate). */
  id: string
  /** Tells the socket about a ledger change. */
  push(event: MockLedgerEvent): void
  close(code: number, reason: string): void
}

/** Open sessions by `rpId|externalUserId`: IBEx allows one per user and rpId. */
export type SocketRegistry = Map<string, AuthenticatedSocket>
