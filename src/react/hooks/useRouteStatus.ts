'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { IbexQueryErrorType } from '../../core/errors/IbexQueryErrorType.ts'
import type { IbexRouteStatus } from '../../core/parse/IbexRouteStatus.ts'
import {
  routeStatusQueryOptions,
  type RouteStatusQueryKey,
  type RouteStatusQueryOptionsParameters,
} from '../../query/routeStatusQueryOptions.ts'
import { useIbexDataContext } from '../internal/useIbexDataContext.ts'
import { withQueryKey } from '../internal/withQueryKey.ts'

/** Parameters of {@link useRouteStatus} besides the route id. */
export type UseRouteStatusParameters = Omit<RouteStatusQueryOptionsParameters, 'routeId'>

/** Return type of {@link useRouteStatus}: the query plus its `queryKey`. */
export type UseRouteStatusReturnType = UseQueryResult<IbexRouteStatus, IbexQueryErrorType> & {
  queryKey: RouteStatusQueryKey
}

/**
 * Follows a route by its `routeId` through IBEx's stages (`data.status`: `CREATED`,
 * `SOURCE_PREPARED`, `SOURCE_SUBMITTED`, `SOURCE_CONFIRMED`, `DEST_PENDING`, `DEST_COMPLETED`,
 * or `FAILED`; `data.state`: `pending` / `completed` / `failed`), polling every `intervalMs`
 * (2 s) until it settles. Completion refreshes the user's balances and transactions. Idle
 * without an id; a route that is not the user's is a 404 (`http/not-found`).
 *
 * @example
 * const { data: route } = useRouteStatus(quote?.routeId)
 * <p role="status">{route?.status === 'DEST_PENDING' ? 'Arriving…' : route?.status}</p>
 */
export function useRouteStatus(
  routeId: string | undefined,
  parameters: UseRouteStatusParameters = {},
): UseRouteStatusReturnType {
  const { client, queryClient } = useIbexDataContext('useRouteStatus')
  const options = routeStatusQueryOptions(client, { ...parameters, routeId })
  // The factory types its errors as any IbexError; what it throws is this union.
  const result = useQuery(options, queryClient) as UseQueryResult<
    IbexRouteStatus,
    IbexQueryErrorType
  >
  return withQueryKey(result, options.queryKey)
}
