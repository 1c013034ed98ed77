import type { MockVault } from '../wallet/vaultCatalog.ts'

/**
 * The fields `/v1.2/safes/vaults` and `/users/me/lending` share for a vault.
 *
 * @example
 * vaultFields(vault).assetTicker // 'USD-IBEX'
 */
export function vaultFields(vault: MockVault): Record<string, unknown> {
  return {
    id: vault.id,
    blockchainId: String(vault.chainId),
    provider: vault.provider,
    name: vault.name,
    assetTicker: vault.asset.symbol,
    assetAddress: vault.asset.address,
    assetDecimals: vault.asset.decimals,
    apy: vault.apy,
    tvl: vault.tvl,
    isDefault: vault.isDefault,
  }
}
