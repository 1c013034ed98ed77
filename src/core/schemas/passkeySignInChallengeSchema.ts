import type { InferOutput } from 'valibot'
import { passkeyOptionsEnvelope } from './passkeyOptionsEnvelope.ts'
import { passkeyRequestOptionsSchema } from './passkeyRequestOptionsSchema.ts'

/**
 * `GET /v1.2/auth/sign-in?wallet=passkeys` (docs/protocol.md): request options under
 * `credentialRequestOptions`, `publicKey` or at the root; the output puts them in `options`.
 *
 * @example
 * const { options } = v.parse(passkeySignInChallengeSchema, json)
 */
export const passkeySignInChallengeSchema = passkeyOptionsEnvelope(
  {},
  ['credentialRequestOptions', 'publicKey'],
  passkeyRequestOptionsSchema,
)

/** A validated passkey sign-in challenge. */
export type PasskeySignInChallenge = InferOutput<typeof passkeySignInChallengeSchema>
