import { getOperations, type GetOperationsParameters } from '../core/actions/data/getOperations.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexOperationRecord } from '../core/parse/IbexOperationRecord.ts'
import { operationsQueryKey } from './operationsQueryKey.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'

/** Parameters of {@link operationsQueryOptions}. */
export type OperationsQueryOptionsParameters<data = IbexOperationRecord[]> =
  GetOperationsParameters & {
    /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
    query?: IbexQueryOverrides<IbexOperationRecord[], data, 'operations'> | undefined
  }

/**
 * Query options of the history of the user's Safe operations (`GET /users/me/operations`, see
 * `getOperations`), cached as `IbexOperationRecord[]` under `ibexQueryKeys.operations`. Fresh
 * for 30 s; disabled while signed out.
 *
 * @example
 * const recent = await queryClient.fetchQuery(operationsQueryOptions(client, { limit: 10 }))
 */
export function operationsQueryOptions<data = IbexOperationRecord[]>(
  client: IbexClient,
  parameters: OperationsQueryOptionsParameters<data> = {},
): IbexQueryOptions<'operations', IbexOperationRecord[], data> {
  const { query, ...params } = parameters
  return ibexUserQueryOptions(
    client,
    'operations',
    operationsQueryKey(client, params),
    query,
    ({ signal }) => getOperations(client, params, { signal }),
  )
}
