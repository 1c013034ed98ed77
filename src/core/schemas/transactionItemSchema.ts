import * as v from 'valibot'
import { lenient } from './lenient.ts'
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
    id: lenient(v.union([v.number(), v.string()])),
    blockNumber: lenient(numberishSchema),
    transactionHash: lenient(hexHashSchema),
    hash: lenient(hexHashSchema),
    timestamp: v.string(),
    from: addressSchema,
    to: lenient(addressSchema),
    tokenAddress: lenient(addressSchema),
    tokenType: lenient(v.string()),
    tokenId: lenient(v.union([v.number(), v.string()])),
    tokenSymbol: lenient(v.string()),
    value: baseUnitsSchema,
    valueFormatted: lenient(numberishSchema),
    direction: lenient(v.string()),
    watchedAddress: lenient(addressSchema),
    walletAddress: lenient(addressSchema),
    blockchainId: lenient(chainIdSchema),
    price_eur: lenient(numberishSchema),
    price_usd: lenient(numberishSchema),
    value_eur: lenient(decimalStringSchema),
    value_usd: lenient(decimalStringSchema),
    price_source: lenient(v.string()),
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
