import type { GetVaultsParameters } from '../core/actions/data/getVaults.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexVault } from '../core/parse/IbexVault.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `vaultsQueryOptions(client, parameters)`: the signed-in user's entry for these
 * parameters, tagged with its data type. For `invalidateQueries`, `getQueryData` and
 * `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: vaultsQueryKey(client, { provider: 'AAVE' }) })
 */
export function vaultsQueryKey(
  client: IbexClient,
  parameters: GetVaultsParameters = {},
): IbexDataQueryKey<'vaults', IbexVault[]> {
  return userQueryFrame<'vaults', IbexVault[]>(client, 'vaults', parameters).queryKey
}
