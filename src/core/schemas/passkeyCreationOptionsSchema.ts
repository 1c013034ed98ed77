import type { PublicKeyCredentialCreationOptionsJSON } from '@simplewebauthn/browser'
import * as v from 'valibot'
import { credentialDescriptorSchema } from './credentialDescriptorSchema.ts'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * WebAuthn creation options as IBEx sends them for sign-up (binary fields base64url), checked for
 * what `navigator.credentials.create()` needs; extensions such as `prf` pass through untouched.
 *
 * @example
 * const options = v.parse(passkeyCreationOptionsSchema, body.credentialRequestOptions)
 * await startRegistration({ optionsJSON: options })
 */
export const passkeyCreationOptionsSchema = v.pipe(
  v.looseObject({
    rp: v.looseObject({ name: v.string(), id: v.nullish(v.string()) }),
    user: v.looseObject({ id: nonEmptyStringSchema, name: v.string(), displayName: v.string() }),
    challenge: nonEmptyStringSchema,
    pubKeyCredParams: v.array(v.looseObject({ type: v.string(), alg: v.number() })),
    timeout: v.optional(v.number()),
    excludeCredentials: v.optional(v.array(credentialDescriptorSchema)),
    authenticatorSelection: v.optional(v.looseObject({})),
    attestation: v.optional(v.string()),
    extensions: v.optional(v.looseObject({})),
  }),
  // The checks above cover every required member; enum members are passed to the browser as is.
  v.transform((options) => options as unknown as PublicKeyCredentialCreationOptionsJSON),
)
