import type { MockIbexOptions } from '../../../src/mock/MockIbexOptions.ts'

/** The auth deadline of these tests: long enough that only {@link AuthDeadlines.expire} ends it. */
export const authTimeoutMs = 60_000

/** The mock's timers with the auth deadline in the test's hands; close delays run for real. */
export type AuthDeadlines = {
  setTimer: NonNullable<MockIbexOptions['setTimer']>
  /** How many sockets are waiting for their `auth` message. */
  pending(): number
  /** Ends every pending auth deadline now, as if `authTimeoutMs` had passed. */
  expire(): void
}

/**
 * Timers for a mock whose auth deadline a test fires when it means to, instead of racing a short
 * real one against the auth check (which takes longer than 150 ms on a loaded machine).
 *
 * @example
 * const deadlines = authDeadlines()
 * const mock = createMockIbex({ webSocket: { authTimeoutMs }, setTimer: deadlines.setTimer })
 */
export function authDeadlines(): AuthDeadlines {
  const waiting = new Set<() => void>()
  return {
    setTimer(callback, ms) {
      if (ms === authTimeoutMs) {
        waiting.add(callback)
        return () => waiting.delete(callback)
      }
      const timer = setTimeout(callback, ms)
      return () => clearTimeout(timer)
    },
    pending: () => waiting.size,
    expire() {
      for (const callback of [...waiting]) {
        waiting.delete(callback)
        callback()
      }
    },
  }
}
