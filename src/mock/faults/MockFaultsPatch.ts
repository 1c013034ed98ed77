/**
 * A change to the injected faults, as `POST /__mock/faults` takes it. Omitted keys keep their
 * value; `null` (or `false` for maintenance) clears one.
 *
 * @example
 * mock.setFaults({ maintenance: { message: 'Back at 14:00' } })
 * mock.setFaults({ rateLimit: { count: 3, retryAfter: 2 }, latencyMs: 200 })
 * mock.setFaults({ failNextOperation: true })
 */
export type MockFaultsPatch = {
  latencyMs?: number | null
  errorRate?: number | null
  rateLimit?: { count: number; retryAfter?: number } | null
  maintenance?: boolean | { message?: string; since?: string } | null
  accessTokenTtl?: number | null
  /** `true`: the next executed Safe operation ends FAILED; `false`/`null` disarms it. */
  failNextOperation?: boolean | null
}
