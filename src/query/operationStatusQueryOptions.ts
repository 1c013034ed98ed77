import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import type { Hex } from 'viem'
import { getOperationStatus } from '../core/actions/operations/getOperationStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { OperationStatus } from '../core/schemas/operationStatusSchema.ts'
import { ibexQueryKeys, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { invalidateAfterOperation } from './invalidateAfterOperation.ts'

/** The key of an operation's status, tagged with its data type. */
export type OperationStatusQueryKey = DataTag<
  IbexUserQueryKey<'operationStatus'>,
  OperationStatus,
  IbexError
>

/** Parameters of {@link operationStatusQueryOptions}. */
export type OperationStatusQueryOptionsParameters<data = OperationStatus> = {
  /** The hash to follow; the query waits while it is absent or not a 32-byte hash. */
  userOpHash?: Hex | string | undefined
  /** Between two requests while the operation is not settled. Default 2 000 ms. */
  intervalMs?: number | undefined
  /** TanStack options (`select`, `enabled` …), applied over the kit's. */
  query?:
    | Omit<
        QueryObserverOptions<
          OperationStatus,
          IbexError,
          data,
          OperationStatus,
          OperationStatusQueryKey
        >,
        'queryKey' | 'queryFn'
      >
    | undefined
}

const settled = (status: OperationStatus | undefined) =>
  status !== undefined && status.state !== 'pending'

/**
 * Query options of an operation's status (`GET /safes/operations/:userOpHash/status`), under
 * `ibexQueryKeys.operationStatus(scope, user, { userOpHash })`: polled every `intervalMs` until
 * CONFIRMED or FAILED, then never stale. When it sees the operation become CONFIRMED, the
 * user's balances, transactions, positions and history are refreshed (`invalidateAfterOperation`).
 *
 * @example
 * const status = await queryClient.fetchQuery(operationStatusQueryOptions(client, { userOpHash }))
 */
export function operationStatusQueryOptions<data = OperationStatus>(
  client: IbexClient,
  parameters: OperationStatusQueryOptionsParameters<data> = {},
): QueryObserverOptions<
  OperationStatus,
  IbexError,
  data,
  OperationStatus,
  OperationStatusQueryKey
> & {
  queryKey: OperationStatusQueryKey
} {
  const { query, intervalMs = 2_000 } = parameters
  const user = client.session.getSnapshot().user
  const hash =
    typeof parameters.userOpHash === 'string' ? parameters.userOpHash.toLowerCase() : undefined
  const valid = hash !== undefined && /^0x[0-9a-f]{64}$/.test(hash)
  // The tag is a type only: this key's entries hold an OperationStatus.
  const queryKey = ibexQueryKeys.operationStatus(
    ibexQueryScope(client),
    user?.externalUserId ?? '',
    {
      userOpHash: hash,
    },
  ) as OperationStatusQueryKey
  return {
    retry: false,
    staleTime: (current) => (settled(current.state.data) ? Infinity : 0),
    refetchInterval: (current) => (settled(current.state.data) ? false : intervalMs),
    ...query,
    enabled: user !== null && valid ? (query?.enabled ?? true) : false,
    queryKey,
    queryFn: async ({ signal, client: queryClient, queryKey: key }) => {
      const before = queryClient.getQueryData<OperationStatus>(key)
      const status = await getOperationStatus(client, { userOpHash: hash as Hex }, { signal })
      if (status.state === 'confirmed' && before && before.state !== 'confirmed') {
        await invalidateAfterOperation(queryClient, client, 'confirmed')
      }
      return status
    },
  }
}
