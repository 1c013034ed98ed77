import * as v from 'valibot'
import { chainIdSchema } from './chainIdSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { tokenBalanceSchema } from './tokenBalanceSchema.ts'

/**
 * The scoped body of `GET /users/me/balances?walletAddress=` (docs/protocol.md): `{ type,
 * identifier, blockchainId?, balance: { tokens, pending, summary? } }`.
 *
 * @example
 * const body = v.parse(scopedBalancesSchema, json)
 */
export const scopedBalancesSchema = v.looseObject({
  type: v.nullish(v.string()),
  identifier: v.string(),
  blockchainId: v.nullish(chainIdSchema),
  timestamp: v.nullish(v.string()),
  balance: v.looseObject({
    tokens: v.optional(v.nullable(v.array(tokenBalanceSchema)), []),
    pending: v.optional(v.nullable(v.array(v.unknown())), []),
    summary: v.nullish(
      v.looseObject({
        total_value_eur: v.nullish(decimalStringSchema),
        total_value_usd: v.nullish(decimalStringSchema),
      }),
    ),
  }),
  prices_available: v.nullish(v.boolean()),
})

/** A validated scoped balances body. */
export type ScopedBalancesBody = v.InferOutput<typeof scopedBalancesSchema>
