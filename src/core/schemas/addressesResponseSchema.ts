import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'

const moduleSchema = v.looseObject({
  enabled: v.optional(v.boolean(), false),
  moduleAddress: v.nullish(addressSchema),
})

const walletSchema = v.looseObject({
  safeAddress: addressSchema,
  chainIds: v.optional(v.array(chainIdSchema), []),
  threshold: v.nullish(v.number()),
  chains: v.optional(
    v.array(
      v.looseObject({
        chainId: chainIdSchema,
        modules: v.nullish(v.record(v.string(), moduleSchema)),
      }),
    ),
    [],
  ),
  createdAt: v.nullish(v.string()),
  updatedAt: v.nullish(v.string()),
  primary: v.optional(v.boolean(), false),
  derived: v.nullish(
    v.looseObject({
      perSafe: v.nullish(v.record(v.string(), v.array(v.string()))),
      global: v.nullish(
        v.looseObject({
          eoaAddresses: v.nullish(
            v.array(v.looseObject({ type: v.string(), address: v.string() })),
          ),
        }),
      ),
    }),
  ),
})

/**
 * The body of `GET /users/me/address` (docs/protocol.md), also the `addresses` section of
 * `/users/me`: the user's Safes with their chains, modules (recovery, automation) and, with
 * `includeDerived`, derived addresses. (A 204 without wallets has no body at all.)
 *
 * @example
 * const body = v.parse(addressesResponseSchema, json)
 */
export const addressesResponseSchema = v.looseObject({
  rpId: v.nullish(v.string()),
  externalUserId: v.nullish(v.string()),
  signerId: v.nullish(v.string()),
  wallets: v.optional(v.array(walletSchema), []),
})

/** A validated addresses body. */
export type AddressesResponseBody = v.InferOutput<typeof addressesResponseSchema>
