import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { numberishSchema } from './numberishSchema.ts'

const walletPoolsSchema = v.looseObject({
  timestamp: v.nullish(v.string()),
  blockchainId: chainIdSchema,
  address: addressSchema,
  pools: v.optional(
    v.array(
      v.looseObject({
        provider: v.string(),
        items: v.optional(
          v.array(
            v.looseObject({
              vaultId: v.nullish(v.union([v.number(), v.string()])),
              name: v.nullish(v.string()),
              poolAddress: v.nullish(addressSchema),
              tokenAddress: v.nullish(addressSchema),
              symbol: v.nullish(v.string()),
              decimals: v.nullish(v.pipe(numberishSchema, v.integer(), v.minValue(0))),
              baseBalance: decimalStringSchema,
              currentBalance: v.nullish(decimalStringSchema),
              gain: v.nullish(decimalStringSchema),
              gainPct: v.nullish(numberishSchema),
              method: v.nullish(v.string()),
              apr: v.nullish(numberishSchema),
              apy: v.nullish(numberishSchema),
            }),
          ),
          [],
        ),
      }),
    ),
    [],
  ),
})

/**
 * The body of `GET /users/me/pools` (docs/protocol.md; the OpenAPI says only `{}`, so this is
 * the BCReader pools payload the reference describes): per wallet `{ blockchainId, address,
 * pools: [{ provider, items: [{ tokenAddress, symbol, decimals, baseBalance, currentBalance?,
 * gain?, gainPct?, method?, apy? }] }] }`, one object for a named chain or an array of them.
 *
 * @example
 * const wallets = v.parse(poolsResponseSchema, json)
 */
export const poolsResponseSchema = v.union([walletPoolsSchema, v.array(walletPoolsSchema)])

/** A validated pools body. */
export type PoolsResponseBody = v.InferOutput<typeof poolsResponseSchema>
