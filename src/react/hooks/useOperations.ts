'use client'
import type { IbexOperationRecord } from '../../core/parse/IbexOperationRecord.ts'
import {
  operationsQueryOptions,
  type OperationsQueryOptionsParameters,
} from '../../query/operationsQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useOperations}. */
export type UseOperationsParameters<data = IbexOperationRecord[]> =
  OperationsQueryOptionsParameters<data>

/** Return type of {@link useOperations}: TanStack's query result plus its `queryKey`. */
export type UseOperationsReturnType<data = IbexOperationRecord[]> = IbexDataQueryResult<
  'operations',
  IbexOperationRecord[],
  data
>

/**
 * The history of the signed-in user's Safe operations (`GET /users/me/operations`), newest
 * first over every Safe, by `status`, with `limit` and `offset`. Fresh for 30 s; idle while
 * signed out. (To follow one operation live, use the operation hooks.)
 *
 * @example
 * const { data: operations = [] } = useOperations({ limit: 20 })
 * operations.map((operation) => <li key={operation.id}>{operation.type}: {operation.status}</li>)
 */
export function useOperations<data = IbexOperationRecord[]>(
  parameters: UseOperationsParameters<data> = {},
): UseOperationsReturnType<data> {
  return useIbexDataQuery('useOperations', (client) => operationsQueryOptions(client, parameters))
}
