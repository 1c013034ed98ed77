import * as v from 'valibot'

/**
 * The body of `PUT /v1.2/safes/:safeAddress/automation-module/config` (docs/protocol.md):
 * `{ success: true, updated: [...] }`, the names of the module fields changed.
 *
 * @example
 * const { updated } = v.parse(automationConfigResponseSchema, json)
 */
export const automationConfigResponseSchema = v.looseObject({
  success: v.literal(true),
  updated: v.optional(v.array(v.string()), []),
})
