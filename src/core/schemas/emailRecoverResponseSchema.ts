import * as v from 'valibot'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The body of `POST /auth/email/recover` (docs/protocol.md, docs/protocol.md "Email one-time code"): the challenge to
 * sign and, at sign-in, the encrypted key backup. At sign-up there is no backup yet.
 *
 * @example
 * const { encryptedPrivateKey, backupKdf, challenge } = v.parse(emailRecoverResponseSchema, json)
 */
export const emailRecoverResponseSchema = v.looseObject({
  externalUserId: nonEmptyStringSchema,
  wallet: v.nullish(v.string()),
  /** Standard base64 of the AES-256-GCM ciphertext. */
  encryptedPrivateKey: v.nullish(v.string()),
  backupSalt: v.nullish(v.string()),
  backupKdf: v.nullish(
    v.looseObject({
      algo: v.string(),
      /** KiB. */
      memory: v.number(),
      iterations: v.number(),
      parallelism: v.number(),
      cipher: v.string(),
      /** Standard base64, 12 bytes. */
      iv: v.string(),
    }),
  ),
  challenge: nonEmptyStringSchema,
  challengeExpiresAt: nonEmptyStringSchema,
  challengeId: v.nullish(v.string()),
  serverSignature: nonEmptyStringSchema,
  serverKeyId: nonEmptyStringSchema,
})

/** A validated `/auth/email/recover` answer. */
export type EmailRecoverResponse = v.InferOutput<typeof emailRecoverResponseSchema>
