import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from '../state/MockState.ts'
import type { MockTenant } from '../state/MockTenant.ts'
import type { MockUser } from '../state/MockUser.ts'

/**
 * What the response builders of the user's data read: one user of one tenant, the state and
 * the clock. Built by `createView` (HTTP routes, sign-in enrichment, WebSocket).
 */
export type MockView = {
  state: MockState
  config: MockIbexConfig
  tenant: MockTenant
  user: MockUser
  /** Milliseconds since the epoch. */
  now: number
}
