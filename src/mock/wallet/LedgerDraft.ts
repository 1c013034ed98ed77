import type { Address } from 'viem'
import type { MockPosition } from './MockLedger.ts'
import type { MockToken } from './MockToken.ts'

/** A token movement planned by an operation (or the faucet). */
export type LedgerMove = { token: MockToken; from: Address; to: Address; amount: bigint }

/** A balance cell changed by a draft. */
export type DraftBalance = { address: Address; token: MockToken; amount: bigint }

/** Where a position lives: a Safe's slot on a chain, for one vault. */
export type PositionTarget = Pick<MockPosition, 'chainId' | 'safe' | 'slot' | 'vaultId'>

/**
 * Pending ledger changes: reads see the ledger plus the changes so far, so an operation's
 * steps (and a batch's operations) are checked in order. Nothing changes until
 * `commitLedgerDraft`.
 */
export type LedgerDraft = {
  /** The draft balance of `address` in `token`. */
  balance(address: Address, token: MockToken): bigint
  /** Moves funds; 400 INSUFFICIENT_BALANCE (naming `what`) if a Safe would go negative. */
  move(move: LedgerMove, what: string): void
  /** The draft amount of a position slot. */
  position(chainId: number, safe: Address, slot: string): bigint
  /** Changes a position; 400 INSUFFICIENT_POSITION (naming `what`) if it would go negative. */
  adjustPosition(target: PositionTarget, delta: bigint, what: string): void
  /** Runs after a successful commit (e.g. marks a swap quote used). */
  afterCommit(callback: () => void): void
  readonly moves: readonly LedgerMove[]
  readonly balances: ReadonlyMap<string, DraftBalance>
  readonly positions: ReadonlyMap<string, PositionTarget & { amount: bigint }>
  readonly callbacks: readonly (() => void)[]
}
