import * as v from 'valibot'
import { lenient } from './lenient.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { decimalStringSchema } from './decimalStringSchema.ts'
import { numberishSchema } from './numberishSchema.ts'

/**
 * One token of a balances body (docs/protocol.md): its address (`tokenAddress`, else
 * `primaryAddress`, else `address`), `symbol`, `decimals`, `balance` (human decimal string), and
 * when prices were asked for `price_*` (numbers) and `value_*` (2-decimal strings). Other fields
 * seen in the wild (`status`, `source`, `tokenType`, `name`, `blockchainId`) are optional.
 *
 * @example
 * v.parse(tokenBalanceSchema, { tokenAddress: '0x420c…', symbol: 'EURe', decimals: 18, balance: '2.0' })
 */
export const tokenBalanceSchema = v.pipe(
  v.looseObject({
    tokenAddress: lenient(addressSchema),
    primaryAddress: lenient(addressSchema),
    address: lenient(addressSchema),
    secondaryAddress: lenient(v.string()),
    symbol: v.string(),
    name: lenient(v.string()),
    decimals: v.pipe(numberishSchema, v.integer(), v.minValue(0), v.maxValue(255)),
    balance: decimalStringSchema,
    blockchainId: lenient(chainIdSchema),
    tokenType: lenient(v.string()),
    active: lenient(v.boolean()),
    price_eur: lenient(numberishSchema),
    price_usd: lenient(numberishSchema),
    value_eur: lenient(decimalStringSchema),
    value_usd: lenient(decimalStringSchema),
    price_source: lenient(v.string()),
    price_updated_at: lenient(v.string()),
  }),
  v.forward(
    v.check(
      (token) => (token.tokenAddress ?? token.primaryAddress ?? token.address) != null,
      'Expected the token address (`tokenAddress`, `primaryAddress` or `address`).',
    ),
    ['tokenAddress'],
  ),
)

/** A validated token of a balances body. */
export type TokenBalanceEntry = v.InferOutput<typeof tokenBalanceSchema>
