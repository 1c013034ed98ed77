import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'
import { baseUnitsSchema } from './baseUnitsSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { hexHashSchema } from './hexHashSchema.ts'
import { numberishSchema } from './numberishSchema.ts'

/**
 * One crypto transaction of a transactions body (docs/protocol.md): `transactionHash` (or
 * `hash`), `timestamp`, `from`, `to`, `value` in base units, the token, `direction` and, with
 * prices, `price_*` / `value_*`.
 *
 * @example
 * v.parse(transactionItemSchema, item).value // '2000000000000000000'
 */
export const transactionItemSchema = v.pipe(
  v.looseObject({
    id: v.nullish(v.union([v.number(), v.string()])),
    blockNumber: v.nullish(numberishSchema),
    transactionHash: v.nullish(hexHashSchema),
    hash: v.nullish(hexHashSchema),
    timestamp: v.string(),
    from: addressSchema,
    to: v.nullish(addressSchema),
    tokenAddress: v.nullish(addressSchema),
    tokenType: v.nullish(v.string()),
    tokenId: v.nullish(v.union([v.number(), v.string()])),
    tokenSymbol: v.nullish(v.string()),
    value: baseUnitsSchema,
    valueFormatted: v.nullish(numberishSchema),
    direction: v.nullish(v.string()),
    watchedAddress: v.nullish(addressSchema),
    walletAddress: v.nullish(addressSchema),
    blockchainId: v.nullish(chainIdSchema),
    price_eur: v.nullish(numberishSchema),
    price_usd: v.nullish(numberishSchema),
    value_eur: v.nullish(decimalStringSchema),
    value_usd: v.nullish(decimalStringSchema),
    price_source: v.nullish(v.string()),
  }),
  v.forward(
    v.check(
      (item) => (item.transactionHash ?? item.hash) != null,
      'Expected the transaction hash (`transactionHash` or `hash`).',
    ),
    ['transactionHash'],
  ),
)

/** A validated transaction item. */
export type TransactionItem = v.InferOutput<typeof transactionItemSchema>
