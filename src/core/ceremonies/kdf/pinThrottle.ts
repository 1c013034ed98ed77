import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexPinThrottledError } from '../../errors/IbexPinThrottledError.ts'

// A UX guard, not a security boundary: it slows someone guessing PINs in this tab and gives the
// UI a countdown. IBEx is the real limiter; a reload or another device starts again from zero.
// So the state lives in memory, per client, and is never stored.
const FREE_FAILURES = 3
const FIRST_DELAY_MS = 1_000
const MAX_DELAY_MS = 60_000

type Entry = { failures: number; retryAt: number }

const byClient = new WeakMap<IbexClient, Map<string, Entry>>()

function entriesOf(client: IbexClient): Map<string, Entry> {
  let entries = byClient.get(client)
  if (!entries) {
    entries = new Map()
    byClient.set(client, entries)
  }
  return entries
}

// The client already belongs to one rpId (or one Origin when it names none).
const keyOf = (client: IbexClient, externalUserId: string) =>
  `${client.config.rpId ?? ''}|${externalUserId}`

/**
 * Wrong-PIN throttling per client, rpId and user: from the 3rd wrong PIN in a row the next
 * attempt must wait 1 s, then 2 s, 4 s … up to 60 s; a success resets it.
 *
 * @example
 * pinThrottle.assertAllowed(client, externalUserId) // throws IbexPinThrottledError while waiting
 */
export const pinThrottle = {
  /** Throws `IbexPinThrottledError` (`validation/pin-throttled`, with `retryAt`) while waiting. */
  assertAllowed(client: IbexClient, externalUserId: string, now: number = Date.now()): void {
    const entry = entriesOf(client).get(keyOf(client, externalUserId))
    if (entry && entry.retryAt > now) {
      throw new IbexPinThrottledError({ retryAt: entry.retryAt, failures: entry.failures, now })
    }
  },

  /** Counts a wrong PIN; returns when the next attempt may start (ms since the epoch). */
  recordFailure(client: IbexClient, externalUserId: string, now: number = Date.now()): number {
    const entries = entriesOf(client)
    const key = keyOf(client, externalUserId)
    const failures = (entries.get(key)?.failures ?? 0) + 1
    const delay =
      failures < FREE_FAILURES
        ? 0
        : Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES))
    const retryAt = now + delay
    entries.set(key, { failures, retryAt })
    return retryAt
  },

  /** Forgets the failures after a successful sign-in. */
  reset(client: IbexClient, externalUserId: string): void {
    byClient.get(client)?.delete(keyOf(client, externalUserId))
  },
}
