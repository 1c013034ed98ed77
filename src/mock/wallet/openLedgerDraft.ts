import { formatUnits, type Address } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { balanceOf } from './balanceOf.ts'
import type { DraftBalance, LedgerDraft, LedgerMove, PositionTarget } from './LedgerDraft.ts'
import { accountKey, positionKey } from './ledgerKeys.ts'
import type { MockLedger } from './MockLedger.ts'
import type { MockToken } from './MockToken.ts'
import { isSystemAddress } from './systemAddresses.ts'

/** `chainId:address` + `|token` — one balance cell of a draft. */
function cellKey(address: Address, token: MockToken): string {
  return `${accountKey(token.chainId, address)}|${token.address.toLowerCase()}`
}

/**
 * A {@link LedgerDraft} over `ledger`.
 *
 * @example
 * const draft = openLedgerDraft(state.ledger)
 * draft.move({ token, from: safe, to, amount }, 'operations[0]')
 * commitLedgerDraft(state, draft, { now, hash })
 */
export function openLedgerDraft(ledger: MockLedger): LedgerDraft {
  const balances = new Map<string, DraftBalance>()
  const positions = new Map<string, PositionTarget & { amount: bigint }>()
  const moves: LedgerMove[] = []
  const callbacks: (() => void)[] = []

  const balance = (address: Address, token: MockToken) =>
    balances.get(cellKey(address, token))?.amount ?? balanceOf(ledger, address, token)
  const setBalance = (address: Address, token: MockToken, amount: bigint) =>
    balances.set(cellKey(address, token), { address, token, amount })

  const position = (chainId: number, safe: Address, slot: string) => {
    const key = positionKey(chainId, safe, slot)
    return positions.get(key)?.amount ?? ledger.positions.get(key)?.amount ?? 0n
  }

  return {
    balance,
    position,
    move(move, what) {
      if (move.amount <= 0n) throw new MockHttpError('VALIDATION', `${what}: amount must be > 0`)
      if (!isSystemAddress(move.from)) {
        const available = balance(move.from, move.token)
        if (available < move.amount) {
          const { decimals, symbol } = move.token
          throw new MockHttpError(
            'INSUFFICIENT_BALANCE',
            `${what}: ${formatUnits(move.amount, decimals)} ${symbol} needed, ` +
              `${formatUnits(available, decimals)} available`,
          )
        }
        setBalance(move.from, move.token, available - move.amount)
      }
      if (!isSystemAddress(move.to)) {
        setBalance(move.to, move.token, balance(move.to, move.token) + move.amount)
      }
      moves.push(move)
    },
    adjustPosition(target, delta, what) {
      const next = position(target.chainId, target.safe, target.slot) + delta
      if (next < 0n) {
        throw new MockHttpError('INSUFFICIENT_POSITION', `${what}: the position is too small`)
      }
      positions.set(positionKey(target.chainId, target.safe, target.slot), {
        ...target,
        amount: next,
      })
    },
    afterCommit(callback) {
      callbacks.push(callback)
    },
    moves,
    balances,
    positions,
    callbacks,
  }
}
