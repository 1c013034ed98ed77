import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { authTokenEntries } from './authTokenEntries.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { safeAddressMapSchema } from './safeAddressMapSchema.ts'

/**
 * The body that signs a passkey, PIN (kdf), email or sms user in: POST sign-up, POST sign-in and
 * POST refresh (docs/protocol.md). Only the tokens are required; a refresh answer
 * may carry nothing else. Unknown keys (`balance`, `userdata`, `provisioning` …) are kept.
 *
 * @example
 * const body = v.parse(authSessionResponseSchema, json)
 * body.safeAddress?.['421614']
 */
export const authSessionResponseSchema = v.looseObject({
  ...authTokenEntries,
  externalUserId: v.nullish(v.string()),
  authMethod: v.nullish(v.string()),
  hasPasskey: v.nullish(v.boolean()),
  safeAddress: v.nullish(safeAddressMapSchema),
  chainId: v.nullish(chainIdSchema),
  eoaAddress: v.nullish(addressSchema),
  eoaAddresses: v.nullish(v.array(v.looseObject({ type: v.string(), address: v.string() }))),
  prfCapable: v.nullish(v.boolean()),
  publicKey: v.nullish(v.string()),
  walletMode: v.nullish(v.string()),
  keyName: v.nullish(v.string()),
  keyDisplayName: v.nullish(v.string()),
  /** With `asyncData`: poll `getSignInData(client, dataRequestId)`. */
  dataRequestId: v.nullish(v.string()),
  dataStatus: v.nullish(v.string()),
  /** With `intent: 'safe_provision'`. */
  safe_provision_token: v.nullish(v.string()),
  safe_provision_expires_in: v.nullish(v.number()),
})

/** A validated sign-up, sign-in or refresh body (all modes but 7702). */
export type AuthSessionResponse = v.InferOutput<typeof authSessionResponseSchema>
