import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { authSessionResponseSchema } from './authSessionResponseSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'

/**
 * The body of `POST /v1.2/auth/wallet-signin` (docs/protocol.md): the session of the sign-in
 * bodies, `walletMode: "EOA_7702"`, and `delegations`, the chains where the EOA's 7702
 * delegation is active (an empty list when absent). The rest of the shape is not documented.
 *
 * @example
 * const { delegations } = v.parse(walletSignInResponseSchema, json)
 */
export const walletSignInResponseSchema = v.looseObject({
  ...authSessionResponseSchema.entries,
  delegations: v.optional(
    v.array(v.looseObject({ chainId: chainIdSchema, implementation: v.nullish(addressSchema) })),
    [],
  ),
})
