import * as v from 'valibot'
import { jsonValueSchema } from './jsonValueSchema.ts'

/**
 * The body of `GET /users/me` (docs/protocol.md), also the `userdata` of an enriched sign-in and
 * the WebSocket `user_data`: one key per section (`addresses`, `balances`, `transactions`,
 * `signers`, `ibans`, `kycStatus`, `addressbook`, and in newer revisions `chainid`, `lending`,
 * `pools`), unwrapped over REST or `{ status, data }` over the WebSocket; the user's key/values
 * under `data` (or `userdata`); failed sections under `errors`. Sections are checked by their
 * own parsers.
 *
 * @example
 * const body = v.parse(userAggregateResponseSchema, json)
 */
export const userAggregateResponseSchema = v.looseObject({
  data: v.nullish(v.record(v.string(), jsonValueSchema)),
  userdata: v.nullish(v.record(v.string(), jsonValueSchema)),
  errors: v.nullish(
    v.record(
      v.string(),
      v.looseObject({ status: v.nullish(v.number()), message: v.nullish(v.string()) }),
    ),
  ),
})

/** A validated `/users/me` body. */
export type UserAggregateResponseBody = v.InferOutput<typeof userAggregateResponseSchema>
