'use client'
import type { IbexVault } from '../../core/parse/IbexVault.ts'
import {
  vaultsQueryOptions,
  type VaultsQueryOptionsParameters,
} from '../../query/vaultsQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useVaults}. */
export type UseVaultsParameters<data = IbexVault[]> = VaultsQueryOptionsParameters<data>

/** Return type of {@link useVaults}: TanStack's query result plus its `queryKey`. */
export type UseVaultsReturnType<data = IbexVault[]> = IbexDataQueryResult<
  'vaults',
  IbexVault[],
  data
>

/**
 * The DeFi catalogue (`GET /v1.2/safes/vaults`): Aave pools, Morpho vaults and Hyperliquid
 * vaults, by `provider` and `chainId`, with APY, TVL and the pool address that supply and
 * withdraw operations take. Fresh for 1 h; idle while signed out.
 *
 * @example
 * const { data: vaults = [] } = useVaults({ provider: 'MORPHO' })
 * vaults.map((vault) => <li key={vault.id}>{vault.name}: {((vault.apy ?? 0) * 100).toFixed(2)} %</li>)
 */
export function useVaults<data = IbexVault[]>(
  parameters: UseVaultsParameters<data> = {},
): UseVaultsReturnType<data> {
  return useIbexDataQuery('useVaults', (client) => vaultsQueryOptions(client, parameters))
}
