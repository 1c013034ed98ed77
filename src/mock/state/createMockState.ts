import { createRandom } from '../crypto/createRandom.ts'
import { createLedger } from '../wallet/createLedger.ts'
import type { MockState } from './MockState.ts'

/** Fresh, empty state; with a seed, the same secrets and ids on every run. */
export function createMockState(seed: string | number | undefined): MockState {
  const random = createRandom(seed)
  return {
    tenants: new Map(),
    outbox: [],
    faults: {
      latencyMs: 0,
      errorRate: 0,
      rateLimit: null,
      maintenance: null,
      accessTokenTtl: null,
      failNextOperation: false,
    },
    random,
    secrets: { server: random.bytes(32), jwt: random.bytes(32) },
    ledger: createLedger(),
    chains: new Map(),
    clockOffsetMs: 0,
    listeners: new Set(),
  }
}
