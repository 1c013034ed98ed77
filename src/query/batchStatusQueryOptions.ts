import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import { getBatchStatus } from '../core/actions/operations/getBatchStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { BatchStatus } from '../core/schemas/batchStatusSchema.ts'
import { ibexQueryKeys, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { invalidateAfterOperation } from './invalidateAfterOperation.ts'

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

const settled = (status: BatchStatus | undefined) =>
  status !== undefined && status.state !== 'pending'

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
  const { query, intervalMs = 2_000, batchId } = parameters
  const user = client.session.getSnapshot().user
  const valid = typeof batchId === 'string' && batchId.length > 0
  // The tag is a type only: this key's entries hold a BatchStatus.
  const queryKey = ibexQueryKeys.batchStatus(ibexQueryScope(client), user?.externalUserId ?? '', {
    batchId: valid ? batchId : undefined,
  }) as BatchStatusQueryKey
  return {
    retry: false,
    staleTime: (current) => (settled(current.state.data) ? Infinity : 0),
    refetchInterval: (current) => (settled(current.state.data) ? false : intervalMs),
    ...query,
    enabled: user !== null && valid ? (query?.enabled ?? true) : false,
    queryKey,
    queryFn: async ({ signal, client: queryClient, queryKey: key }) => {
      const before = queryClient.getQueryData<BatchStatus>(key)
      const status = await getBatchStatus(client, { batchId: batchId ?? '' }, { signal })
      if (status.state === 'confirmed' && before && before.state !== 'confirmed') {
        await invalidateAfterOperation(queryClient, client, 'confirmed')
      }
      return status
    },
  }
}
