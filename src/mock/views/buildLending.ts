import { formatUnits } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { positionKey } from '../wallet/ledgerKeys.ts'
import { vaultSlot } from '../wallet/positionSlots.ts'
import { userSafes } from '../wallet/userSafes.ts'
import { mockVaults } from '../wallet/vaultCatalog.ts'
import { lendingEntry } from './lendingEntry.ts'
import type { MockView } from './MockView.ts'

/**
 * `GET /users/me/lending` (docs/protocol.md): the vault catalogue, on one chain when asked.
 * `userScoped` keeps the chains where the user has a Safe (404 when none) and, as the mock's
 * stand-in for the merged pools data, adds `position: { safeAddress, balance } | null`.
 *
 * @example
 * buildLending(view, { userScoped: true, chainId: 421614 })
 */
export function buildLending(
  view: MockView,
  options: { userScoped: boolean; chainId?: number | undefined },
): Record<string, unknown>[] {
  const safes = userSafes(view.user, view.config)
  if (options.userScoped && safes.length === 0) {
    throw new MockHttpError('NOT_FOUND', 'This user has no watched addresses')
  }
  return mockVaults
    .filter((vault) => options.chainId === undefined || vault.chainId === options.chainId)
    .filter((vault) => !options.userScoped || safes.some((safe) => safe.chainId === vault.chainId))
    .map((vault) => {
      if (!options.userScoped) return lendingEntry(vault)
      const safe = safes.find((candidate) => candidate.chainId === vault.chainId)
      const position =
        safe &&
        view.state.ledger.positions.get(positionKey(vault.chainId, safe.address, vaultSlot(vault)))
      return {
        ...lendingEntry(vault),
        position: position
          ? {
              safeAddress: position.safe,
              balance: formatUnits(position.amount, vault.asset.decimals),
            }
          : null,
      }
    })
}
