import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The answer of `GET /auth/sign-up?wallet=email&email=` and `GET /auth/sign-in?wallet=email`
 * (docs/protocol.md): the OTP went out; continue with `recoverEmail`. The sign-up answer
 * also carries a pending token pair and challenge materials, all optional here. `emailOtp` only
 * comes back from test environments and the mock.
 *
 * @example
 * const { externalUserId, emailOtpExpiresAt } = v.parse(emailChallengeSchema, json)
 */
export const emailChallengeSchema = v.looseObject({
  externalUserId: nonEmptyStringSchema,
  emailOtpExpiresAt: v.nullish(v.string()),
  emailOtp: v.nullish(v.string()),
  challenge: v.nullish(v.string()),
  challengeExpiresAt: v.nullish(v.string()),
  challengeId: v.nullish(v.string()),
  serverSignature: v.nullish(v.string()),
  serverKeyId: v.nullish(v.string()),
  hasPasskey: v.nullish(v.boolean()),
  authMethod: v.nullish(v.string()),
  access_token: v.nullish(v.string()),
  refresh_token: v.nullish(v.string()),
})

/** A validated email OTP step. */
export type EmailChallenge = v.InferOutput<typeof emailChallengeSchema>
