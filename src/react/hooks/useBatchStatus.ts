'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexError } from '../../core/errors/IbexError.ts'
import type { BatchStatus } from '../../core/schemas/batchStatusSchema.ts'
import {
  batchStatusQueryOptions,
  type BatchStatusQueryKey,
  type BatchStatusQueryOptionsParameters,
} from '../../query/batchStatusQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { withQueryKey } from '../internal/withQueryKey.ts'

/** Parameters of {@link useBatchStatus} besides the batch id. */
export type UseBatchStatusParameters = Omit<BatchStatusQueryOptionsParameters, 'batchId'>

/** Return type of {@link useBatchStatus}: the query plus its `queryKey`. */
export type UseBatchStatusReturnType = UseQueryResult<BatchStatus, IbexError> & {
  queryKey: BatchStatusQueryKey
}

/**
 * Follows a batch by its `batchId` until IBEx reports it CONFIRMED or FAILED (`data.state`:
 * `pending`, `confirmed`, `failed`; `data.status` is IBEx's own word): for a `useBatch` run that
 * resolved `pending` (tracking timed out) or whose outcome was lost. Polls every `intervalMs`
 * (2 s) until settled; a confirmation refreshes the user's balances, transactions, positions and
 * history. Idle without an id; a batch that is not the user's is a 404 (`http/not-found`).
 *
 * @example
 * const { data: batch } = useBatch()
 * const { data: status } = useBatchStatus(batch?.status === 'pending' ? batch.batchId : undefined)
 * {status?.state === 'confirmed' && <p>All {status.operations.length} operations confirmed</p>}
 */
export function useBatchStatus(
  batchId: string | undefined,
  parameters: UseBatchStatusParameters = {},
): UseBatchStatusReturnType {
  const { client, queryClient } = useIbexDataContext('useBatchStatus')
  const options = batchStatusQueryOptions(client, { ...parameters, batchId })
  return withQueryKey(useQuery(options, queryClient), options.queryKey)
}
