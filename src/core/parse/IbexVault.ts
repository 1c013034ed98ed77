import type { Address } from 'viem'

/** The DeFi providers of IBEx; others may appear later. */
export type IbexDefiProvider = 'AAVE' | 'MORPHO' | 'HYPERLIQUID' | (string & {})

/**
 * A pool of the DeFi catalogue (`useVaults().data` items), from `GET /v1.2/safes/vaults`.
 *
 * @example
 * const best = vaults.filter((vault) => vault.isDefault).sort((a, b) => (b.apy ?? 0) - (a.apy ?? 0))[0]
 */
export type IbexVault = {
  id: string
  chainId: number
  provider: IbexDefiProvider
  /** The pool or vault contract (`poolAddress`), checksummed: `vaultAddress`/`poolAddress` of operations. */
  address: Address
  name: string | undefined
  /** The asset supplied. */
  asset: { symbol: string | undefined; address: Address | undefined; decimals: number | undefined }
  /** Yearly yield as a decimal (0.052 = 5.2 %). */
  apy: number | undefined
  /** Total value locked, USD. */
  tvl: number | undefined
  /** The pool with the highest TVL for its asset. */
  isDefault: boolean
  /** By provider: AAVE `{ poolContract, market }`, MORPHO `{ curator }`, HYPERLIQUID `{ leader, isClosed, relationship }`. */
  metadata: Record<string, unknown>
  /** The token received for a supply (aToken, vault share). */
  supplyToken:
    { address: Address; symbol: string; name: string | undefined; decimals: number } | undefined
}
