import * as v from 'valibot'
import { lenient } from './lenient.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { numberishSchema } from './numberishSchema.ts'

/**
 * One token of `GET /users/me/tokens` (docs/protocol.md) or `GET /chain/tokens`:
 * `address`, `symbol`, `decimals`, and optionally `secondaryAddress`, `name`, `type`, `active`,
 * `blockchainId`, `iconUrl` (the catalogue adds `id`, `createdAt`, `updatedAt`).
 *
 * @example
 * v.parse(tokenEntrySchema, { address: '0x18e6…', symbol: 'EUR-IBEX', decimals: 18, blockchainId: '421614' })
 */
export const tokenEntrySchema = v.looseObject({
  address: addressSchema,
  secondaryAddress: lenient(v.string()),
  symbol: v.string(),
  name: lenient(v.string()),
  decimals: v.pipe(numberishSchema, v.integer(), v.minValue(0), v.maxValue(255)),
  type: lenient(v.string()),
  active: lenient(v.boolean()),
  blockchainId: lenient(chainIdSchema),
  iconUrl: lenient(v.string()),
})

/** A validated token entry. */
export type TokenEntry = v.InferOutput<typeof tokenEntrySchema>
