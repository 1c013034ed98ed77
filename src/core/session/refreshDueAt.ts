import type { IbexSessionRecord } from './IbexSessionRecord.ts'

/**
 * When a session's tokens should be refreshed: `leewayMs` before the access token expires
 * (IBEx advises 5–10 min), but never before half its lifetime, so short-lived tokens (the mock
 * can issue 60 s ones) do not trigger a refresh on every call.
 *
 * @example
 * if (now() >= refreshDueAt(record, 5 * 60_000)) await refresh()
 */
export function refreshDueAt(record: IbexSessionRecord, leewayMs: number): number {
  const lifetime = Math.max(0, record.expiresAt - record.issuedAt)
  return record.expiresAt - Math.min(leewayMs, lifetime / 2)
}
