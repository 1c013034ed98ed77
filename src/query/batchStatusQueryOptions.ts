import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import { getBatchStatus } from '../core/actions/operations/getBatchStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { BatchStatus } from '../core/schemas/batchStatusSchema.ts'
import type { IbexUserQueryKey } from './ibexQueryKeys.ts'
import { settlingStatusQueryOptions } from './settlingStatusQueryOptions.ts'

/** The key of a batch's status, tagged with its data type. */
export type BatchStatusQueryKey = DataTag<IbexUserQueryKey<'batchStatus'>, BatchStatus, IbexError>

/** Parameters of {@link batchStatusQueryOptions}. */
export type BatchStatusQueryOptionsParameters<data = BatchStatus> = {
  /** The batch to follow; the query waits while it is absent or empty. */
  batchId?: string | undefined
  /** Between two requests while the batch is not settled. Default 2 000 ms. */
  intervalMs?: number | undefined
  /** TanStack options (`select`, `enabled` …), applied over the kit's. */
  query?:
    | Omit<
        QueryObserverOptions<BatchStatus, IbexError, data, BatchStatus, BatchStatusQueryKey>,
        'queryKey' | 'queryFn'
      >
    | undefined
}

/**
 * Query options of a batch's status (`GET /safes/operations/batch/:batchId/status`), under
 * `ibexQueryKeys.batchStatus(scope, user, { batchId })`: polled every `intervalMs` until
 * CONFIRMED or FAILED, then never stale. When it sees the batch become CONFIRMED, the user's
 * balances, transactions, positions and history are refreshed.
 *
 * @example
 * const batch = await queryClient.fetchQuery(batchStatusQueryOptions(client, { batchId }))
 */
export function batchStatusQueryOptions<data = BatchStatus>(
  client: IbexClient,
  parameters: BatchStatusQueryOptionsParameters<data> = {},
): QueryObserverOptions<BatchStatus, IbexError, data, BatchStatus, BatchStatusQueryKey> & {
  queryKey: BatchStatusQueryKey
} {
  return settlingStatusQueryOptions(
    client,
    'batchStatus',
    { batchId: parameters.batchId },
    {
      fetch: (batchId, signal) => getBatchStatus(client, { batchId }, { signal }),
      succeeded: 'confirmed',
      intervalMs: parameters.intervalMs,
      query: parameters.query,
    },
  )
}
