import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The body of `POST /v1.2/auth/iframe` (docs/protocol.md): the KYC session and the URLs of its
 * chat page; `alreadySent` is true when IBEx hands out a session it had started before.
 *
 * @example
 * const { chatbotFullURL } = v.parse(kycSessionSchema, json)
 */
export const kycSessionSchema = v.looseObject({
  sessionId: nonEmptyStringSchema,
  chatbotURL: v.optional(v.string()),
  chatbotFullURL: nonEmptyStringSchema,
  alreadySent: v.optional(v.boolean(), false),
})
