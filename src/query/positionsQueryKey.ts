import type { GetPositionsParameters } from '../core/actions/data/getPositions.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexPositions } from '../core/parse/IbexPositions.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `positionsQueryOptions(client, parameters)`: the signed-in user's entry for these
 * parameters, tagged with its data type. For `invalidateQueries`, `getQueryData` and
 * `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: positionsQueryKey(client, {}) })
 */
export function positionsQueryKey(
  client: IbexClient,
  parameters: GetPositionsParameters = {},
): IbexDataQueryKey<'positions', IbexPositions> {
  return userQueryFrame<'positions', IbexPositions>(client, 'positions', parameters).queryKey
}
