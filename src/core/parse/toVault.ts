import type { Address } from 'viem'
import { checksumAddress } from '../utils/checksumAddress.ts'
import type { VaultEntry } from '../schemas/vaultEntrySchema.ts'
import type { IbexVault } from './IbexVault.ts'

/**
 * The kit's `IbexVault` for a validated pool of `/safes/vaults` or `/users/me/lending`.
 *
 * @example
 * toVault(v.parse(vaultEntrySchema, entry)).address
 */
export function toVault(entry: VaultEntry): IbexVault {
  const { supplyToken } = entry
  return {
    id: String(entry.id),
    chainId: entry.blockchainId,
    provider: entry.provider,
    // The schema has checked that one of the two is present.
    address: checksumAddress((entry.poolAddress ?? entry.address) as Address),
    name: entry.name ?? undefined,
    asset: {
      symbol: entry.assetTicker ?? undefined,
      address: entry.assetAddress == null ? undefined : checksumAddress(entry.assetAddress),
      decimals: entry.assetDecimals ?? undefined,
    },
    apy: entry.apy ?? undefined,
    tvl: entry.tvl ?? undefined,
    isDefault: entry.isDefault ?? false,
    metadata: entry.metadata ?? {},
    supplyToken: supplyToken
      ? {
          address: checksumAddress(supplyToken.address),
          symbol: supplyToken.symbol,
          name: supplyToken.name ?? undefined,
          decimals: supplyToken.decimals,
        }
      : undefined,
  }
}
