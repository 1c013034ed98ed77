import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * An entry of `allowCredentials` / `excludeCredentials`: a base64url credential id.
 *
 * @example
 * v.array(credentialDescriptorSchema)
 */
export const credentialDescriptorSchema = v.looseObject({
  id: nonEmptyStringSchema,
  type: v.string(),
  transports: v.optional(v.array(v.string())),
})
