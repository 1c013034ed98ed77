import type { MockVault } from '../wallet/vaultCatalog.ts'
import { vaultFields } from './vaultFields.ts'

/**
 * One item of `GET /v1.2/safes/vaults` (docs/protocol.md).
 *
 * @example
 * vaultEntry(mockVaults[0]).provider // 'AAVE'
 */
export function vaultEntry(vault: MockVault): Record<string, unknown> {
  return {
    ...vaultFields(vault),
    poolAddress: vault.address,
    metadata: vault.metadata,
    supplyToken: vault.supplyToken,
  }
}
