import type { MockVault } from '../wallet/vaultCatalog.ts'
import { vaultFields } from './vaultFields.ts'

/**
 * One item of `GET /users/me/lending` (docs/protocol.md).
 *
 * @example
 * lendingEntry(vault).acceptedTokenAddresses // [asset] for AAVE, null otherwise
 */
export function lendingEntry(vault: MockVault): Record<string, unknown> {
  return {
    ...vaultFields(vault),
    address: vault.address,
    acceptedTokenAddresses: vault.provider === 'AAVE' ? [vault.asset.address] : null,
    leader: vault.leader,
    leaderCommission: vault.leaderCommission,
  }
}
