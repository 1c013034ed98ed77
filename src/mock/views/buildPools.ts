import { formatUnits } from 'viem'
import { positionKey } from '../wallet/ledgerKeys.ts'
import { hyperliquidWalletSlot, vaultSlot } from '../wallet/positionSlots.ts'
import type { MockSafe } from '../wallet/userSafes.ts'
import { mockVaults, type MockVault, type MockVaultProvider } from '../wallet/vaultCatalog.ts'
import type { MockView } from './MockView.ts'

const providers: MockVaultProvider[] = ['AAVE', 'MORPHO', 'HYPERLIQUID']

function item(vault: MockVault, amount: bigint, method: string, name: string) {
  const balance = formatUnits(amount, vault.asset.decimals)
  return {
    vaultId: vault.id,
    name,
    poolAddress: vault.address,
    tokenAddress: vault.asset.address,
    symbol: vault.asset.symbol,
    decimals: vault.asset.decimals,
    baseBalance: balance,
    currentBalance: balance,
    gain: '0',
    gainPct: 0,
    method,
    apy: vault.apy,
  }
}

/**
 * `GET /users/me/pools` for each of `safes` (docs/protocol.md, shape [I]): `{ timestamp,
 * blockchainId, address, pools: [{ provider, items }] }`. Items are vault positions (`SUPPLY`
 * for Aave, `VAULT` otherwise) and the Hyperliquid account (`WALLET`); zero ones only with
 * `includeZero`.
 *
 * @example
 * buildPools(view, safes, { includeZero: false })[0].pools
 */
export function buildPools(
  view: MockView,
  safes: readonly MockSafe[],
  options: { includeZero: boolean },
): Record<string, unknown>[] {
  const { positions } = view.state.ledger
  const amountOf = (safe: MockSafe, slot: string) =>
    positions.get(positionKey(safe.chainId, safe.address, slot))?.amount ?? 0n
  return safes.map((safe) => {
    const pools = providers
      .map((provider) => {
        const items = mockVaults
          .filter((vault) => vault.chainId === safe.chainId && vault.provider === provider)
          .flatMap((vault) => {
            const rows = [
              item(
                vault,
                amountOf(safe, vaultSlot(vault)),
                provider === 'AAVE' ? 'SUPPLY' : 'VAULT',
                vault.name,
              ),
            ]
            if (provider === 'HYPERLIQUID') {
              rows.unshift(
                item(vault, amountOf(safe, hyperliquidWalletSlot), 'WALLET', 'Hyperliquid account'),
              )
            }
            return rows
          })
          .filter((row) => options.includeZero || row.baseBalance !== '0')
        return { provider, items }
      })
      .filter((pool) => pool.items.length > 0)
    return {
      timestamp: new Date(view.now).toISOString(),
      blockchainId: String(safe.chainId),
      address: safe.address,
      pools,
    }
  })
}
