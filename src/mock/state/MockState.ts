import type { MockChain } from '../chain/MockChain.ts'
import type { MockRandom } from '../crypto/createRandom.ts'
import type { MockLedger, MockLedgerEvent } from '../wallet/MockLedger.ts'
import type { MockTenant } from './MockTenant.ts'

/** An email the mock "sent", readable at `GET /__mock/outbox?email=`. */
export type MockOutboxEntry = {
  rpId: string
  email: string
  code: string
  /** ISO-8601. */
  expiresAt: string
  externalUserId: string
  /** ISO-8601. */
  sentAt: string
}

/** Faults injected by `POST /__mock/faults` (or `mock.setFaults`). */
export type MockFaults = {
  /** Delay before every `/v1.2` answer. */
  latencyMs: number
  /** Share (0..1) of `/v1.2` requests answered 500 INTERNAL. */
  errorRate: number
  /** The next `count` `/v1.2` requests get 429 with `Retry-After: retryAfter`. */
  rateLimit: { count: number; retryAfter: number } | null
  /** When set, every `/v1.2` request gets the maintenance 503. */
  maintenance: { since: string; message: string } | null
  /** Access-token lifetime in seconds, overriding the option. */
  accessTokenTtl: number | null
  /** The next executed Safe operation fails (status FAILED, no ledger change). */
  failNextOperation: boolean
}

/** The whole in-memory state of a mock IBEx. */
export type MockState = {
  tenants: Map<string, MockTenant>
  outbox: MockOutboxEntry[]
  faults: MockFaults
  random: MockRandom
  /** HMAC key of `serverSignature`, and of the JWTs. */
  secrets: { server: Uint8Array<ArrayBuffer>; jwt: Uint8Array<ArrayBuffer> }
  /** Balances, transactions and DeFi positions. */
  ledger: MockLedger
  /** The chains served over JSON-RPC at `/__mock/rpc/:chainId`, by chain id. */
  chains: Map<number, MockChain>
  /** How far `advanceTime` moved the mock clock ahead of the `now` option, in milliseconds. */
  clockOffsetMs: number
  /** Listeners of ledger changes (the WebSocket hub); kept across resets. */
  listeners: Set<(event: MockLedgerEvent) => void>
}
