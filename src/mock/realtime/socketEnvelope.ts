/**
 * A server → client message: `{ type, data, timestamp }` (docs/protocol.md).
 *
 * @example
 * connection.send(socketEnvelope('auth_success', { safeAddress }, now))
 */
export function socketEnvelope(type: string, data: unknown, now: number): string {
  return JSON.stringify({ type, data, timestamp: new Date(now).toISOString() })
}
