import type { MockState } from './MockState.ts'
import type { MockTenant } from './MockTenant.ts'

/** The tenant of an rpId, created empty on first use. */
export function tenantOf(state: MockState, rpId: string): MockTenant {
  let tenant = state.tenants.get(rpId)
  if (!tenant) {
    tenant = {
      rpId,
      users: new Map(),
      credentials: new Map(),
      challenges: new Map(),
      walletChallenges: new Map(),
      otps: new Map(),
      refreshTokens: new Map(),
      dataRequests: new Map(),
      operations: new Map(),
      quotes: new Map(),
      routes: new Map(),
      accessTokens: new Map(),
    }
    state.tenants.set(rpId, tenant)
  }
  return tenant
}
