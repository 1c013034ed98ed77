import type { MockLedger } from './MockLedger.ts'

/** An empty ledger (block numbers start near Arbitrum Sepolia's, for realism). */
export function createLedger(): MockLedger {
  return {
    balances: new Map(),
    transactions: [],
    positions: new Map(),
    seeded: new Set(),
    nextTransactionId: 1,
    nextBlockNumber: 46_000_000,
  }
}
