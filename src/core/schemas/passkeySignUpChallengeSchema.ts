import * as v from 'valibot'
import { passkeyCreationOptionsSchema } from './passkeyCreationOptionsSchema.ts'
import { passkeyOptionsEnvelope } from './passkeyOptionsEnvelope.ts'

/**
 * `GET /v1.2/auth/sign-up?wallet=passkeys` (docs/protocol.md): creation options under
 * `credentialRequestOptions` (sic), `credentialCreationOptions`, `publicKey` or at the root;
 * the output puts them in `options`.
 *
 * @example
 * const { options } = v.parse(passkeySignUpChallengeSchema, json)
 */
export const passkeySignUpChallengeSchema = passkeyOptionsEnvelope(
  {
    emailValidationRequired: v.nullish(v.boolean()),
    /** Deferred passkey creation for an existing user. */
    externalUserId: v.nullish(v.string()),
  },
  ['credentialRequestOptions', 'credentialCreationOptions', 'publicKey'],
  passkeyCreationOptionsSchema,
)

/** A validated passkey sign-up challenge. */
export type PasskeySignUpChallenge = v.InferOutput<typeof passkeySignUpChallengeSchema>
