import type { Address } from 'viem'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockUser } from '../state/MockUser.ts'

/** A Safe of a user on one chain. */
export type MockSafe = { chainId: number; address: Address }

/**
 * The user's Safes, default chain first, then in `chainIds` order (a 7702 user's "Safe" is the
 * delegated EOA, the same address on each chain).
 *
 * @example
 * userSafes(user, config)[0] // { chainId: 421614, address: '0x…' }
 */
export function userSafes(user: MockUser, config: MockIbexConfig): MockSafe[] {
  const rank = (chainId: number) =>
    chainId === config.defaultChainId
      ? -1
      : config.chainIds.indexOf(chainId) === -1
        ? config.chainIds.length
        : config.chainIds.indexOf(chainId)
  return Object.entries(user.safeAddress)
    .map(([chainId, address]) => ({ chainId: Number(chainId), address }))
    .sort((a, b) => rank(a.chainId) - rank(b.chainId) || a.chainId - b.chainId)
}
