import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1))

/**
 * The materials of `GET /auth/sign-up?wallet=kdf` and `GET /auth/sign-in?wallet=kdf`
 * (docs/protocol.md): salt, Argon2id parameters and the signed challenge. At sign-up the
 * body also carries a pending token pair (`PIN_KDF_PENDING`), kept as optional fields; it is not
 * a session.
 *
 * @example
 * const { salt, kdf, challenge } = v.parse(kdfChallengeSchema, json)
 */
export const kdfChallengeSchema = v.looseObject({
  externalUserId: nonEmptyStringSchema,
  /** Standard base64. */
  salt: nonEmptyStringSchema,
  saltVersion: v.number(),
  kdf: v.looseObject({
    algo: v.string(),
    /** KiB. */
    memory: positiveInteger,
    iterations: positiveInteger,
    parallelism: positiveInteger,
  }),
  kdfParamsVersion: v.number(),
  challenge: nonEmptyStringSchema,
  challengeExpiresAt: nonEmptyStringSchema,
  challengeId: v.nullish(v.string()),
  serverSignature: nonEmptyStringSchema,
  serverKeyId: nonEmptyStringSchema,
  hasPasskey: v.nullish(v.boolean()),
  authMethod: v.nullish(v.string()),
  access_token: v.nullish(v.string()),
  refresh_token: v.nullish(v.string()),
})

/** Validated KDF (PIN) challenge materials. */
export type KdfChallenge = v.InferOutput<typeof kdfChallengeSchema>
