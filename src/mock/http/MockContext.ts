import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from '../state/MockState.ts'
import type { MockTenant } from '../state/MockTenant.ts'

/** What a route handler gets: the request, the state, and lazy helpers. */
export type MockContext = {
  request: Request
  url: URL
  /** The path below the base path, e.g. `/v1.2/auth/sign-up`. */
  path: string
  /** `:name` segments of the route pattern. */
  params: Record<string, string>
  config: MockIbexConfig
  state: MockState
  /** The mock clock, in milliseconds. */
  now(): number
  /** The request's rpId; throws the documented 400 when it is unknown. */
  rpId(): string
  /** The tenant of {@link MockContext.rpId}. */
  tenant(): MockTenant
  /** The JSON body as an object (`{}` when empty); throws VALIDATION otherwise. */
  body(): Promise<Record<string, unknown>>
}
