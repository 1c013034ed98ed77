import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { nonEmptyStringSchema } from './nonEmptyStringSchema.ts'

/**
 * The signed-in user as the kit keeps it (ibex-api.md §4.2/§4.4 fields, normalised): Safe
 * addresses per chain id string, the EVM EOA and other derived addresses, and how they signed in.
 *
 * @example
 * const user = v.parse(sessionUserSchema, stored.user)
 */
export const sessionUserSchema = v.object({
  externalUserId: nonEmptyStringSchema,
  /** IBEx `authMethod`: `PASSKEY`, `PIN_KDF`, `EMAIL`, `EOA_7702` (7702 sessions), `SMS` … */
  authMethod: v.string(),
  /** Chain id (string) → Safe address. For 7702 users, the EOA itself on the delegated chain. */
  safeAddresses: v.record(v.string(), addressSchema),
  eoaAddress: v.optional(addressSchema),
  eoaAddresses: v.optional(v.array(v.object({ type: v.string(), address: v.string() }))),
  /** The session's chain. */
  chainId: v.number(),
  hasPasskey: v.boolean(),
  prfCapable: v.boolean(),
  /** The bound signer of PIN and email users (an address). */
  publicKey: v.optional(v.string()),
  /** `SAFE_4337` or `EOA_7702` when IBEx says so. */
  walletMode: v.optional(v.string()),
})

/**
 * What the kit persists and hands between tabs: the token pair, when it was obtained and when it
 * expires (ms since the epoch), and the user. Also what a stored value is checked against before
 * it is trusted.
 *
 * @example
 * const record = v.parse(sessionRecordSchema, JSON.parse(stored))
 */
export const sessionRecordSchema = v.object({
  v: v.literal(1),
  accessToken: nonEmptyStringSchema,
  refreshToken: nonEmptyStringSchema,
  expiresAt: v.number(),
  issuedAt: v.number(),
  /** From the refresh token's `exp`, when it is a readable JWT. */
  refreshExpiresAt: v.optional(v.number()),
  user: sessionUserSchema,
})

/** The signed-in user. */
export type IbexSessionUser = v.InferOutput<typeof sessionUserSchema>
/** The persisted session. */
export type IbexSessionRecord = v.InferOutput<typeof sessionRecordSchema>
