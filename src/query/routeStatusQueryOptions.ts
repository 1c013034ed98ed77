import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import { getRouteStatus } from '../core/actions/routes/getRouteStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexRouteStatus } from '../core/parse/IbexRouteStatus.ts'
import { ibexQueryKeys, type IbexUserQueryKey } from './ibexQueryKeys.ts'
import { ibexQueryScope } from './ibexQueryScope.ts'
import { invalidateAfterOperation } from './invalidateAfterOperation.ts'

/** The key of a route's status, tagged with its data type. */
export type RouteStatusQueryKey = DataTag<
  IbexUserQueryKey<'routeStatus'>,
  IbexRouteStatus,
  IbexError
>

/** Parameters of {@link routeStatusQueryOptions}. */
export type RouteStatusQueryOptionsParameters<data = IbexRouteStatus> = {
  /** The route to follow; the query waits while it is absent or empty. */
  routeId?: string | undefined
  /** Between two requests while the route is under way. Default 2 000 ms. */
  intervalMs?: number | undefined
  /** TanStack options (`select`, `enabled` …), applied over the kit's. */
  query?:
    | Omit<
        QueryObserverOptions<
          IbexRouteStatus,
          IbexError,
          data,
          IbexRouteStatus,
          RouteStatusQueryKey
        >,
        'queryKey' | 'queryFn'
      >
    | undefined
}

const settled = (status: IbexRouteStatus | undefined) =>
  status !== undefined && status.state !== 'pending'

/**
 * Query options of a route's status (`GET /safes/routes/:routeId/status`), under
 * `ibexQueryKeys.routeStatus(scope, user, { routeId })`: polled every `intervalMs` through the
 * stages until `DEST_COMPLETED` or `FAILED`, then never stale. When it sees the route complete,
 * the user's balances, transactions, positions and history are refreshed (the destination
 * chain's balance has grown).
 *
 * @example
 * const route = await queryClient.fetchQuery(routeStatusQueryOptions(client, { routeId }))
 */
export function routeStatusQueryOptions<data = IbexRouteStatus>(
  client: IbexClient,
  parameters: RouteStatusQueryOptionsParameters<data> = {},
): QueryObserverOptions<IbexRouteStatus, IbexError, data, IbexRouteStatus, RouteStatusQueryKey> & {
  queryKey: RouteStatusQueryKey
} {
  const { query, intervalMs = 2_000, routeId } = parameters
  const user = client.session.getSnapshot().user
  const valid = typeof routeId === 'string' && routeId.length > 0
  // The tag is a type only: this key's entries hold an IbexRouteStatus.
  const queryKey = ibexQueryKeys.routeStatus(ibexQueryScope(client), user?.externalUserId ?? '', {
    routeId: valid ? routeId : undefined,
  }) as RouteStatusQueryKey
  return {
    retry: false,
    staleTime: (current) => (settled(current.state.data) ? Infinity : 0),
    refetchInterval: (current) => (settled(current.state.data) ? false : intervalMs),
    ...query,
    enabled: user !== null && valid ? (query?.enabled ?? true) : false,
    queryKey,
    queryFn: async ({ signal, client: queryClient, queryKey: key }) => {
      const before = queryClient.getQueryData<IbexRouteStatus>(key)
      const status = await getRouteStatus(client, { routeId: routeId ?? '' }, { signal })
      if (status.state === 'completed' && before?.state !== 'completed') {
        await invalidateAfterOperation(queryClient, client, 'confirmed')
      }
      return status
    },
  }
}
