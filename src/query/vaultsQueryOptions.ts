import { getVaults, type GetVaultsParameters } from '../core/actions/data/getVaults.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexVault } from '../core/parse/IbexVault.ts'
import { vaultsQueryKey } from './vaultsQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link vaultsQueryOptions}. */
export type VaultsQueryOptionsParameters<data = IbexVault[]> = GetVaultsParameters & {
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexVault[], data, 'vaults'> | undefined
}

/**
 * Query options of the DeFi catalogue (`GET /v1.2/safes/vaults`, see `getVaults`), cached as
 * `IbexVault[]` under `ibexQueryKeys.vaults`. Fresh for 1 h; disabled while signed out.
 *
 * @example
 * const pools = await queryClient.fetchQuery(vaultsQueryOptions(client, { provider: 'AAVE' }))
 */
export function vaultsQueryOptions<data = IbexVault[]>(
  client: IbexClient,
  parameters: VaultsQueryOptionsParameters<data> = {},
): IbexQueryOptions<'vaults', IbexVault[], data> {
  const { query, ...params } = parameters
  return ibexUserQueryOptions(
    client,
    'vaults',
    vaultsQueryKey(client, params),
    query,
    ({ signal }) => getVaults(client, params, { signal }),
  )
}
