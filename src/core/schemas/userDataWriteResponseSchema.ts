import * as v from 'valibot'

/**
 * The answer to `POST /v1.2/users/me` (docs/protocol.md): `{ success: true }`. A body without
 * `success` reads as a success (the write was accepted with a 2xx); unknown keys are kept.
 *
 * @example
 * const { success } = v.parse(userDataWriteResponseSchema, json)
 */
export const userDataWriteResponseSchema = v.looseObject({
  success: v.optional(v.boolean(), true),
})
