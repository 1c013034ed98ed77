import { applyAuthorizations } from './applyAuthorizations.ts'
import type { MockChain } from './MockChain.ts'

/**
 * Mines, one block each and in sending order, the transactions of `chain` that are due at
 * `now` (mock clock). Called before every JSON-RPC answer, so the chain is always up to date.
 *
 * @example
 * settleChain(chain, ctx.now())
 */
export function settleChain(chain: MockChain, now: number): void {
  while (chain.pending[0] && chain.pending[0].minesAt <= now) {
    const transaction = chain.pending.shift()
    if (!transaction) break
    chain.blockNumber += 1n
    transaction.blockNumber = chain.blockNumber
    applyAuthorizations(chain, transaction)
  }
}
