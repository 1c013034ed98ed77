import { getAddress, type Address } from 'viem'
import { findToken } from './findToken.ts'
import { mockAddress } from './mockAddress.ts'
import type { MockToken } from './MockToken.ts'

/** A DeFi provider of `/v1.2/safes/vaults` (docs/protocol.md). */
export type MockVaultProvider = 'AAVE' | 'MORPHO' | 'HYPERLIQUID'

/** A pool or vault the mock's Safe operations can supply to. */
export type MockVault = {
  id: number
  chainId: number
  provider: MockVaultProvider
  /** The Aave Pool (shared by its assets), Morpho vault or Hyperliquid vault. */
  address: Address
  name: string
  asset: MockToken
  /** Yearly yield as a decimal (0.041 = 4.1 %). */
  apy: number
  /** USD. */
  tvl: number
  /** The highest TVL of its provider for its asset on its chain. */
  isDefault: boolean
  metadata: Record<string, unknown>
  supplyToken: { address: Address; symbol: string; name: string; decimals: number }
  leader: Address | null
  leaderCommission: number | null
}

type Row = {
  chainId: number
  provider: MockVaultProvider
  asset: string
  name: string
  apy: number
  tvl: number
  address?: Address
}

const rows: Row[] = [
  {
    chainId: 421614,
    provider: 'AAVE',
    asset: 'USD-IBEX',
    name: 'Aave USD-IBEX',
    apy: 0.041,
    tvl: 2_500_000,
  },
  {
    chainId: 421614,
    provider: 'AAVE',
    asset: 'EUR-IBEX',
    name: 'Aave EUR-IBEX',
    apy: 0.032,
    tvl: 1_200_000,
  },
  {
    chainId: 421614,
    provider: 'MORPHO',
    asset: 'EUR-IBEX',
    name: 'Morpho IBEX EUR Prime',
    apy: 0.047,
    tvl: 800_000,
  },
  {
    chainId: 421614,
    provider: 'MORPHO',
    asset: 'USD-IBEX',
    name: 'Morpho IBEX USD',
    apy: 0.052,
    tvl: 650_000,
  },
  // The faucet USD stands in for USDC on the testnet Hyperliquid bridge.
  {
    chainId: 421614,
    provider: 'HYPERLIQUID',
    asset: 'USD-IBEX',
    name: 'Hyperliquidity Provider (HLP)',
    apy: 0.12,
    tvl: 350_000_000,
  },
  {
    chainId: 8453,
    provider: 'MORPHO',
    asset: 'USDC',
    name: 'Morpho Steakhouse USDC',
    apy: 0.052,
    tvl: 150_000_000,
    address: getAddress('0xBEEF01735c132Ada46AA9aA4c54623cAA92A64CB'),
  },
  {
    chainId: 8453,
    provider: 'AAVE',
    asset: 'USDC',
    name: 'Aave Base USDC',
    apy: 0.045,
    tvl: 90_000_000,
  },
  {
    chainId: 100,
    provider: 'AAVE',
    asset: 'EURe',
    name: 'Aave Gnosis EURe',
    apy: 0.028,
    tvl: 12_000_000,
  },
]

function metadataOf(row: Row, address: Address): Record<string, unknown> {
  switch (row.provider) {
    case 'AAVE':
      return { poolContract: address, market: `aave-v3-${row.chainId}` }
    case 'MORPHO':
      return { curator: row.chainId === 8453 ? 'Steakhouse Financial' : 'IBEX Labs' }
    case 'HYPERLIQUID':
      return { leader: mockAddress('hlp-leader'), isClosed: false, relationship: 'parent' }
  }
}

function vaultOf(row: Row, index: number): MockVault {
  const asset = findToken(row.chainId, row.asset)
  if (!asset) throw new Error(`vaultCatalog: no token ${row.asset} on ${row.chainId}`)
  // One Aave Pool per chain serves every asset, as on mainnet.
  const address =
    row.address ??
    mockAddress(
      row.provider === 'AAVE' ? `aave-pool|${row.chainId}` : `${row.provider}|${row.name}`,
    )
  const prefix = { AAVE: 'a', MORPHO: 'm', HYPERLIQUID: 'hl' }[row.provider]
  const rivals = rows.filter(
    (other) =>
      other.chainId === row.chainId && other.provider === row.provider && other.asset === row.asset,
  )
  const hyperliquid = row.provider === 'HYPERLIQUID'
  return {
    id: index + 1,
    chainId: row.chainId,
    provider: row.provider,
    address,
    name: row.name,
    asset,
    apy: row.apy,
    tvl: row.tvl,
    isDefault: rivals.every((other) => other.tvl <= row.tvl),
    metadata: metadataOf(row, address),
    supplyToken: {
      address: mockAddress(`supply-token|${row.chainId}|${row.name}`),
      symbol: `${prefix}${asset.symbol}`,
      name: `${row.name} share`,
      decimals: asset.decimals,
    },
    leader: hyperliquid ? mockAddress('hlp-leader') : null,
    leaderCommission: hyperliquid ? 0.1 : null,
  }
}

/**
 * The mock's pool and vault catalogue: Aave, Morpho and Hyperliquid on 421614 over the faucet
 * tokens, plus Morpho/Aave USDC on Base and Aave EURe on Gnosis. Yields and TVLs are fixed.
 *
 * @example
 * mockVaults.filter((vault) => vault.provider === 'MORPHO' && vault.chainId === 421614)
 */
export const mockVaults: readonly MockVault[] = rows.map(vaultOf)
