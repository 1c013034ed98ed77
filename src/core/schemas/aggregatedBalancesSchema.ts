import * as v from 'valibot'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { numberishSchema } from './numberishSchema.ts'
import { tokenBalanceSchema } from './tokenBalanceSchema.ts'

const walletBlockSchema = v.looseObject({
  tokens: v.optional(v.nullable(v.array(tokenBalanceSchema)), []),
  pending: v.optional(v.nullable(v.array(v.unknown())), []),
})

const totalsSchema = v.looseObject({
  crypto_total_value_eur: v.nullish(decimalStringSchema),
  fiat_total_value_eur: v.nullish(decimalStringSchema),
  grand_total_value_eur: v.nullish(decimalStringSchema),
  crypto_total_value_usd: v.nullish(decimalStringSchema),
  fiat_total_value_usd: v.nullish(decimalStringSchema),
  grand_total_value_usd: v.nullish(decimalStringSchema),
  conversion_rate_eur_usd: v.nullish(numberishSchema),
})

/**
 * The aggregated body of `GET /users/me/balances` (docs/protocol.md), also the `balance` block of
 * an enriched sign-in, the `balances` section of `/users/me` and the WS `balance_data`:
 * `crypto[chainId][walletAddressLower] = { tokens, pending }`, `fiat`, `totals`,
 * `prices_available`.
 *
 * @example
 * const body = v.parse(aggregatedBalancesSchema, json)
 */
export const aggregatedBalancesSchema = v.looseObject({
  timestamp: v.nullish(v.string()),
  crypto: v.optional(v.nullable(v.record(v.string(), v.record(v.string(), walletBlockSchema))), {}),
  fiat: v.nullish(v.unknown()),
  totals: v.nullish(totalsSchema),
  prices_available: v.nullish(v.boolean()),
})

/** A validated aggregated balances body. */
export type AggregatedBalancesBody = v.InferOutput<typeof aggregatedBalancesSchema>
