import type { DataTag, QueryObserverOptions } from '@tanstack/query-core'
import { getRouteStatus } from '../core/actions/routes/getRouteStatus.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { IbexRouteStatus } from '../core/parse/IbexRouteStatus.ts'
import type { IbexUserQueryKey } from './ibexQueryKeys.ts'
import { settlingStatusQueryOptions } from './settlingStatusQueryOptions.ts'

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
  return settlingStatusQueryOptions(
    client,
    'routeStatus',
    { routeId: parameters.routeId },
    {
      fetch: (routeId, signal) => getRouteStatus(client, { routeId }, { signal }),
      succeeded: 'completed',
      // A route can be followed from a later page load: its destination credit still shows.
      refreshIfFirstSeenSettled: true,
      intervalMs: parameters.intervalMs,
      query: parameters.query,
    },
  )
}
