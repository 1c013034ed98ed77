import type { GetBalancesParameters } from '../core/actions/data/getBalances.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexBalances } from '../core/parse/IbexBalances.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `balancesQueryOptions(client, parameters)`: the signed-in user's entry for these
 * parameters, tagged with its data type. For `invalidateQueries`, `getQueryData` and
 * `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: balancesQueryKey(client, { chainId: 100 }) })
 */
export function balancesQueryKey(
  client: IbexClient,
  parameters: GetBalancesParameters = {},
): IbexDataQueryKey<'balances', IbexBalances> {
  return userQueryFrame<'balances', IbexBalances>(client, 'balances', parameters).queryKey
}
