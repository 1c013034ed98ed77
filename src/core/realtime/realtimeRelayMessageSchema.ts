import * as v from 'valibot'

const state = v.object({
  status: v.picklist(['connecting', 'open', 'reconnecting', 'closed', 'maintenance']),
  safeAddress: v.nullable(v.string()),
  lastClose: v.nullable(v.object({ code: v.number(), reason: v.string() })),
  lastError: v.nullable(v.object({ code: v.string(), message: v.string() })),
  maintenance: v.nullable(
    v.object({ since: v.nullable(v.string()), message: v.nullable(v.string()) }),
  ),
})

/** A request as it goes over the socket: only the two the server answers. */
export const realtimeRequestMessageSchema = v.variant('type', [
  v.object({ type: v.literal('get_balance'), requestId: v.string() }),
  v.object({
    type: v.literal('get_transactions'),
    requestId: v.string(),
    params: v.optional(
      v.object({
        page: v.optional(v.number()),
        limit: v.optional(v.number()),
        startDate: v.optional(v.string()),
        endDate: v.optional(v.string()),
      }),
    ),
  }),
])

/** A socket request message. */
export type RealtimeRequestMessage = v.InferOutput<typeof realtimeRequestMessageSchema>

/**
 * What the tabs of one user tell each other about their realtime socket (every message names
 * its sender `from`, a random id per tab):
 * - `hello` (a tab joins) → the leader answers `replay` `to` it: its state and the last
 *   connection-level events (`auth_success`, `chainid_data`, `recovery_data`, `user_data`).
 * - `status` / `event`: the leader's state and every event it receives.
 * - `request`: a follower's `get_balance` / `get_transactions`, sent by the leader;
 *   `request-failed` when IBEx answered it with an `error` event.
 * - `resync`: a tab asks the leader for fresh balances / transactions for everyone.
 * - `reconnect`: a tab (whichever) asks the leader to reconnect now; `resign`: the leader is leaving.
 *
 * Incoming messages are validated: another script of the origin can post on the channel too.
 *
 * @example
 * const parsed = v.safeParse(realtimeRelayMessageSchema, raw)
 */
export const realtimeRelayMessageSchema = v.variant('kind', [
  v.object({ kind: v.literal('hello'), from: v.string() }),
  v.object({ kind: v.literal('status'), from: v.string(), state }),
  v.object({ kind: v.literal('event'), from: v.string(), event: v.unknown() }),
  v.object({
    kind: v.literal('replay'),
    from: v.string(),
    to: v.string(),
    state,
    events: v.array(v.unknown()),
  }),
  v.object({ kind: v.literal('request'), from: v.string(), message: realtimeRequestMessageSchema }),
  v.object({
    kind: v.literal('request-failed'),
    from: v.string(),
    requestId: v.string(),
    error: v.object({ code: v.string(), message: v.string() }),
  }),
  v.object({ kind: v.literal('reconnect'), from: v.string() }),
  v.object({
    kind: v.literal('resync'),
    from: v.string(),
    types: v.array(v.picklist(['get_balance', 'get_transactions'])),
  }),
  v.object({ kind: v.literal('resign'), from: v.string() }),
])

/** A message between the tabs of one user. */
export type RealtimeRelayMessage = v.InferOutput<typeof realtimeRelayMessageSchema>
