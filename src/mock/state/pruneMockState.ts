import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from './MockState.ts'

/**
 * How many of each short-lived record a tenant keeps at most; past it the oldest go first (a
 * `Map` iterates in insertion order). Far above what a test or a demo holds open at once, low
 * enough that a load test or a loop of sign-up GETs cannot grow the mock without bound.
 */
export const mockPruneCaps = {
  challenges: 1000,
  walletChallenges: 1000,
  pendingUsers: 1000,
  dataRequests: 1000,
  quotes: 1000,
  refreshTokens: 5000,
  accessTokens: 10_000,
  outbox: 1000,
} as const

/** How long an expired record is kept before it is dropped: one hour of mock time. */
export const mockPruneGraceMs = 3_600_000

function capMap<key, value>(
  map: Map<key, value>,
  cap: number,
  evictable: (value: value) => boolean = () => true,
): void {
  if (map.size <= cap) return
  let excess = map.size - cap
  for (const [key, value] of map) {
    if (excess <= 0) break
    if (!evictable(value)) continue
    map.delete(key)
    excess -= 1
  }
}

function deleteWhere<key, value>(map: Map<key, value>, dead: (value: value) => boolean): void {
  for (const [key, value] of map) if (dead(value)) map.delete(key)
}

/**
 * Drops what can no longer be used: expired challenges, codes, quotes, sign-in data requests,
 * refresh and access-token records, and pending sign-ups older than a pending token's life;
 * then caps each at {@link mockPruneCaps}. Users with a bound signer, their Safes and ledger
 * stay (they are what a test asserts on).
 */
export function pruneMockState(state: MockState, config: MockIbexConfig, nowMs: number): void {
  // Kept a while past expiry, so a test that moves the clock on still gets EXPIRED, not "unknown".
  const dead = (expiresAt: number) => expiresAt + mockPruneGraceMs < nowMs
  // A pending sign-up lives as long as its pending token could still be used to finish it.
  const pendingLifeMs = Math.max(config.challengeTtl, config.accessTokenTtl) * 1000
  for (const tenant of state.tenants.values()) {
    deleteWhere(tenant.challenges, (challenge) => dead(challenge.expiresAt))
    deleteWhere(tenant.walletChallenges, (challenge) => dead(challenge.expiresAt))
    deleteWhere(tenant.otps, (otp) => dead(otp.expiresAt))
    deleteWhere(tenant.dataRequests, (request) => dead(request.expiresAt))
    deleteWhere(tenant.quotes, (quote) => dead(quote.validTo * 1000))
    // A used route stays: its status and destination leg are still to come.
    deleteWhere(tenant.routes, (route) => !route.used && dead(route.validTo * 1000))
    deleteWhere(tenant.refreshTokens, (record) => dead(record.expiresAt))
    deleteWhere(tenant.accessTokens, (record) => dead(record.expiresAt))
    deleteWhere(
      tenant.users,
      (user) => user.status === 'pending' && dead(user.createdAt + pendingLifeMs),
    )
    capMap(tenant.challenges, mockPruneCaps.challenges)
    capMap(tenant.walletChallenges, mockPruneCaps.walletChallenges)
    capMap(tenant.dataRequests, mockPruneCaps.dataRequests)
    capMap(tenant.quotes, mockPruneCaps.quotes)
    capMap(tenant.refreshTokens, mockPruneCaps.refreshTokens)
    // An expired-early record must outlive its token, or the token would work again.
    capMap(tenant.accessTokens, mockPruneCaps.accessTokens, (record) => !record.expired)
    let pending = 0
    for (const user of tenant.users.values()) if (user.status === 'pending') pending += 1
    if (pending > mockPruneCaps.pendingUsers) {
      capMap(
        tenant.users,
        tenant.users.size - (pending - mockPruneCaps.pendingUsers),
        (user) => user.status === 'pending',
      )
    }
    deleteWhere(tenant.otps, (otp) => !tenant.users.has(otp.externalUserId))
  }
  if (state.outbox.length > mockPruneCaps.outbox) {
    state.outbox.splice(0, state.outbox.length - mockPruneCaps.outbox)
  }
}
