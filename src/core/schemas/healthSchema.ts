import * as v from 'valibot'

/**
 * The body of `GET /health` (docs/protocol.md): `{ status: "ok", timestamp }`, the timestamp an
 * ISO date of the server's clock.
 *
 * @example
 * const { status } = v.parse(healthSchema, json)
 */
export const healthSchema = v.looseObject({
  status: v.string(),
  timestamp: v.optional(v.string()),
})
