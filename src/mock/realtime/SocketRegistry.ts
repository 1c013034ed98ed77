import type { MockLedgerEvent } from '../wallet/MockLedger.ts'

/** An authenticated socket, as the hub tracks it. */
export type AuthenticatedSocket = {
  /** The connection id (`existingConnectionId` of a refused duplicate). */
  id: string
  /** Tells the socket about a ledger change. */
  push(event: MockLedgerEvent): void
  close(code: number, reason: string): void
  /** `false` once its socket is closing: the slot is free for the user's next socket. */
  isOpen(): boolean
  /** Frees the slot of a socket that is closing (its `closed()` may come later). */
  release(): void
}

/** Open sessions by `rpId|externalUserId`: IBEx allows one per user and rpId. */
export type SocketRegistry = Map<string, AuthenticatedSocket>
