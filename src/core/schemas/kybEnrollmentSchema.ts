import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The body of `POST /v1.2/auth/enroll` (docs/protocol.md): the enrollment's status, its session
 * and the URL of its page.
 *
 * @example
 * const { chatbotFullURL } = v.parse(kybEnrollmentSchema, json)
 */
export const kybEnrollmentSchema = v.looseObject({
  status: v.string(),
  sessionId: nonEmptyStringSchema,
  chatbotFullURL: nonEmptyStringSchema,
})
