import * as v from 'valibot'
import { lenient } from './lenient.ts'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { numberishSchema } from './numberishSchema.ts'

/**
 * One pool of `GET /v1.2/safes/vaults` (docs/protocol.md) or `GET /users/me/lending`:
 * an AAVE, MORPHO or HYPERLIQUID pool with its asset, `apy` (a decimal, 0.052 = 5.2 %), `tvl`
 * (USD), provider `metadata` and `supplyToken`. The pool is `poolAddress` (vaults) or `address`
 * (lending). Other keys (`acceptedTokenAddresses`, `leader`, a position …) are kept.
 *
 * @example
 * v.parse(vaultEntrySchema, { id: 42, blockchainId: '8453', provider: 'MORPHO', poolAddress: '0xBEEF…' })
 */
export const vaultEntrySchema = v.pipe(
  v.looseObject({
    id: v.union([v.number(), v.string()]),
    blockchainId: chainIdSchema,
    provider: v.string(),
    poolAddress: lenient(addressSchema),
    address: lenient(addressSchema),
    name: lenient(v.string()),
    assetTicker: lenient(v.string()),
    assetAddress: lenient(addressSchema),
    assetDecimals: lenient(v.pipe(numberishSchema, v.integer(), v.minValue(0))),
    apy: lenient(numberishSchema),
    tvl: lenient(numberishSchema),
    isDefault: lenient(v.boolean()),
    metadata: lenient(v.record(v.string(), v.unknown())),
    supplyToken: lenient(
      v.looseObject({
        address: addressSchema,
        symbol: v.string(),
        name: lenient(v.string()),
        decimals: v.pipe(numberishSchema, v.integer(), v.minValue(0)),
      }),
    ),
  }),
  v.forward(
    v.check(
      (vault) => (vault.poolAddress ?? vault.address) != null,
      'Expected the pool address (`poolAddress` or `address`).',
    ),
    ['poolAddress'],
  ),
)

/** A validated pool entry. */
export type VaultEntry = v.InferOutput<typeof vaultEntrySchema>
