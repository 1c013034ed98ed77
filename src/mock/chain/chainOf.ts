import type { MockState } from '../state/MockState.ts'
import type { MockChain } from './MockChain.ts'

/**
 * The mock chain `chainId` of `state`, created empty (block 0) at first use. The caller checks
 * that the mock serves the chain.
 *
 * @example
 * const chain = chainOf(ctx.state, 11155111)
 */
export function chainOf(state: MockState, chainId: number): MockChain {
  let chain = state.chains.get(chainId)
  if (!chain) {
    chain = { chainId, blockNumber: 0n, accounts: new Map(), transactions: new Map(), pending: [] }
    state.chains.set(chainId, chain)
  }
  return chain
}
