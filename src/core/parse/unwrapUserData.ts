/**
 * Turns a profile whose sections are each wrapped `{ status, data }` (the WebSocket `user_data`,
 * some enriched sign-ins) into the shape of `GET /v1.2/users/me` (docs/protocol.md): a
 * section whose `status` is a 2xx number becomes its `data`; a failed one is left out and
 * reported under `errors.<section> = { status, message? }`, as the REST aggregate does. Anything
 * not wrapped passes through unchanged. `parseUserData` applies it to every profile it reads, so
 * all sources follow one rule.
 *
 * @example
 * unwrapUserData({ balances: { status: 200, data: { crypto: {} } }, ibans: { status: 500, data: null, message: 'down' } })
 * // { balances: { crypto: {} }, errors: { ibans: { status: 500, message: 'down' } } }
 */
export function unwrapUserData(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const errors: Record<string, { status: number; message?: string }> = {}
  for (const [key, value] of Object.entries(data)) {
    const wrapped =
      typeof value === 'object' && value !== null && 'data' in value && 'status' in value
        ? (value as { status: unknown; data: unknown; message?: unknown })
        : undefined
    if (!wrapped || typeof wrapped.status !== 'number') {
      out[key] = value
    } else if (wrapped.status >= 200 && wrapped.status < 300 && wrapped.data != null) {
      out[key] = wrapped.data
    } else {
      errors[key] =
        typeof wrapped.message === 'string'
          ? { status: wrapped.status, message: wrapped.message }
          : { status: wrapped.status }
    }
  }
  if (Object.keys(errors).length > 0) {
    const previous = typeof out.errors === 'object' && out.errors !== null ? out.errors : {}
    out.errors = { ...previous, ...errors }
  }
  return out
}
