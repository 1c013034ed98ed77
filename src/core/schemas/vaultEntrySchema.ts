import * as v from 'valibot'
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
    poolAddress: v.nullish(addressSchema),
    address: v.nullish(addressSchema),
    name: v.nullish(v.string()),
    assetTicker: v.nullish(v.string()),
    assetAddress: v.nullish(addressSchema),
    assetDecimals: v.nullish(v.pipe(numberishSchema, v.integer(), v.minValue(0))),
    apy: v.nullish(numberishSchema),
    tvl: v.nullish(numberishSchema),
    isDefault: v.nullish(v.boolean()),
    metadata: v.nullish(v.record(v.string(), v.unknown())),
    supplyToken: v.nullish(
      v.looseObject({
        address: addressSchema,
        symbol: v.string(),
        name: v.nullish(v.string()),
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
