import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The token fields shared by every response that signs a user in (sign-up, sign-in, refresh,
 * 7702), for spreading into a valibot object.
 *
 * @example
 * const schema = v.looseObject({ ...authTokenEntries, safe: addressSchema })
 */
export const authTokenEntries = {
  access_token: nonEmptyStringSchema,
  refresh_token: nonEmptyStringSchema,
  token_type: v.nullish(v.string()),
  /** Seconds. */
  expires_in: v.nullish(v.pipe(v.number(), v.minValue(0))),
  issuer: v.nullish(v.string()),
  audience: v.nullish(v.string()),
  /** externalUserId. */
  subject: v.nullish(v.string()),
  roles: v.nullish(v.array(v.string())),
}
