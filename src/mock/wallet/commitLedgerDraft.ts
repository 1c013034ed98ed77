import type { Hex } from 'viem'
import type { MockState } from '../state/MockState.ts'
import { emitLedgerEvent } from './emitLedgerEvent.ts'
import type { LedgerDraft } from './LedgerDraft.ts'
import { accountKey, positionKey } from './ledgerKeys.ts'
import type { MockTransaction } from './MockLedger.ts'
import { isSystemAddress } from './systemAddresses.ts'

/**
 * Writes a draft into the ledger as one transaction `hash` (one block): balances, positions,
 * one transaction record per move; then runs the draft's callbacks and tells the listeners
 * (`balance` per changed cell, `transaction` per side of each move that is not a mock contract).
 *
 * @example
 * commitLedgerDraft(state, draft, { now: ctx.now(), hash: randomHash(state) })
 */
export function commitLedgerDraft(
  state: MockState,
  draft: LedgerDraft,
  options: { now: number; hash: Hex; userOpHash?: Hex },
): MockTransaction[] {
  const ledger = state.ledger
  for (const cell of draft.balances.values()) {
    const key = accountKey(cell.token.chainId, cell.address)
    const cells = ledger.balances.get(key) ?? new Map<string, bigint>()
    cells.set(cell.token.address.toLowerCase(), cell.amount)
    ledger.balances.set(key, cells)
  }
  for (const position of draft.positions.values()) {
    const key = positionKey(position.chainId, position.safe, position.slot)
    if (position.amount === 0n) ledger.positions.delete(key)
    else ledger.positions.set(key, { ...position, updatedAt: options.now })
  }
  const blockNumber = ledger.nextBlockNumber++
  const transactions = draft.moves.map((move): MockTransaction => ({
    id: ledger.nextTransactionId++,
    chainId: move.token.chainId,
    blockNumber,
    hash: options.hash,
    timestamp: options.now,
    from: move.from,
    to: move.to,
    token: move.token,
    value: move.amount,
    ...(options.userOpHash ? { userOpHash: options.userOpHash } : {}),
  }))
  ledger.transactions.push(...transactions)
  for (const callback of draft.callbacks) callback()

  for (const cell of draft.balances.values()) {
    emitLedgerEvent(state, {
      type: 'balance',
      chainId: cell.token.chainId,
      address: cell.address,
      token: cell.token,
      balance: cell.amount,
      at: options.now,
    })
  }
  for (const transaction of transactions) {
    const sides = [
      [transaction.from, 'OUT'],
      [transaction.to, 'IN'],
    ] as const
    for (const [address, direction] of sides) {
      if (isSystemAddress(address)) continue
      emitLedgerEvent(state, {
        type: 'transaction',
        chainId: transaction.chainId,
        address,
        direction,
        transaction,
      })
    }
  }
  return transactions
}
