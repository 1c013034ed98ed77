import type { GetOperationsParameters } from '../core/actions/data/getOperations.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexOperationRecord } from '../core/parse/IbexOperationRecord.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `operationsQueryOptions(client, parameters)`: the signed-in user's entry for these
 * parameters, tagged with its data type. For `invalidateQueries`, `getQueryData` and
 * `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: operationsQueryKey(client, { status: 'FAILED' }) })
 */
export function operationsQueryKey(
  client: IbexClient,
  parameters: GetOperationsParameters = {},
): IbexDataQueryKey<'operations', IbexOperationRecord[]> {
  return userQueryFrame<'operations', IbexOperationRecord[]>(client, 'operations', parameters)
    .queryKey
}
