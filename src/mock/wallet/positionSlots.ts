import type { MockVault } from '../wallet/vaultCatalog.ts'

/** The position slot of a vault share. */
export function vaultSlot(vault: MockVault): string {
  return `vault:${vault.id}`
}

/** The position slot of a Safe's Hyperliquid account (deposited, not in a vault). */
export const hyperliquidWalletSlot = 'hyperliquid:wallet'
