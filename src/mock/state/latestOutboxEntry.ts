import type { MockOutboxEntry, MockState } from './MockState.ts'

/** The last email sent to `email` (any tenant, or only `rpId`'s). */
export function latestOutboxEntry(
  state: MockState,
  email: string,
  rpId?: string,
): MockOutboxEntry | undefined {
  const wanted = email.trim().toLowerCase()
  for (let i = state.outbox.length - 1; i >= 0; i--) {
    const entry = state.outbox[i]
    if (entry && entry.email === wanted && (rpId === undefined || entry.rpId === rpId)) return entry
  }
  return undefined
}
