import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { authTokenEntries } from './authTokenEntries.ts'
import { chainIdSchema } from './chainIdSchema.ts'

/**
 * The POST sign-up / sign-in body of `wallet=7702` (docs/protocol.md): the tokens, the
 * EOA (`safe`, the same address) and the delegation the wallet must now authorise.
 *
 * @example
 * const { safe, delegation } = v.parse(eip7702AuthResponseSchema, json)
 */
export const eip7702AuthResponseSchema = v.looseObject({
  ...authTokenEntries,
  safe: addressSchema,
  delegation: v.looseObject({ implementation: addressSchema, chainId: chainIdSchema }),
  walletMode: v.nullish(v.string()),
})

/** A validated 7702 sign-up or sign-in body. */
export type Eip7702AuthResponse = v.InferOutput<typeof eip7702AuthResponseSchema>
