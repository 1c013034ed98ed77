import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The SIWE-like challenge of `GET /auth/sign-up|sign-in?wallet=7702&address=` (docs/protocol.md):
 * the wallet signs `challenge.message` and the POST echoes `challenge.nonce`.
 *
 * @example
 * const { challenge } = v.parse(eip7702ChallengeSchema, json)
 */
export const eip7702ChallengeSchema = v.looseObject({
  challenge: v.looseObject({ message: nonEmptyStringSchema, nonce: nonEmptyStringSchema }),
})

/** A validated 7702 challenge. */
export type Eip7702Challenge = v.InferOutput<typeof eip7702ChallengeSchema>
