import type { PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser'
import * as v from 'valibot'
import { credentialDescriptorSchema } from './credentialDescriptorSchema.ts'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * WebAuthn request options as IBEx sends them for sign-in (binary fields base64url), checked for
 * what `navigator.credentials.get()` needs; extensions such as `prf` pass through untouched.
 *
 * @example
 * const options = v.parse(passkeyRequestOptionsSchema, body.credentialRequestOptions)
 * await startAuthentication({ optionsJSON: options })
 */
export const passkeyRequestOptionsSchema = v.pipe(
  v.looseObject({
    challenge: nonEmptyStringSchema,
    rpId: v.optional(v.string()),
    timeout: v.optional(v.number()),
    userVerification: v.optional(v.string()),
    allowCredentials: v.optional(v.array(credentialDescriptorSchema)),
    extensions: v.optional(v.looseObject({})),
  }),
  // The checks above cover every required member; enum members are passed to the browser as is.
  v.transform((options) => options as unknown as PublicKeyCredentialRequestOptionsJSON),
)
