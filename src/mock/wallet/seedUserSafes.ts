import { parseUnits } from 'viem'
import { randomHash } from '../crypto/randomHash.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from '../state/MockState.ts'
import type { MockUser } from '../state/MockUser.ts'
import { commitLedgerDraft } from './commitLedgerDraft.ts'
import { findToken } from './findToken.ts'
import { accountKey } from './ledgerKeys.ts'
import { openLedgerDraft } from './openLedgerDraft.ts'
import { mockFaucetAddress } from './systemAddresses.ts'
import { userSafes } from './userSafes.ts'

/**
 * Credits the configured `initialBalances` to each Safe of `user` that never got them, as faucet
 * transfers (so they show in the history too). Idempotent.
 *
 * @example
 * seedUserSafes(ctx.state, ctx.config, user, ctx.now())
 */
export function seedUserSafes(
  state: MockState,
  config: MockIbexConfig,
  user: MockUser,
  now: number,
): void {
  for (const safe of userSafes(user, config)) {
    const key = accountKey(safe.chainId, safe.address)
    if (state.ledger.seeded.has(key)) continue
    state.ledger.seeded.add(key)
    const amounts = Object.entries(config.initialBalances[safe.chainId] ?? {})
    if (amounts.length === 0) continue
    const draft = openLedgerDraft(state.ledger)
    for (const [reference, amount] of amounts) {
      const token = findToken(safe.chainId, reference)
      if (!token) throw new Error(`initialBalances: no token ${reference} on chain ${safe.chainId}`)
      draft.move(
        {
          token,
          from: mockFaucetAddress,
          to: safe.address,
          amount: parseUnits(amount, token.decimals),
        },
        'initialBalances',
      )
    }
    commitLedgerDraft(state, draft, { now, hash: randomHash(state.random) })
  }
}
