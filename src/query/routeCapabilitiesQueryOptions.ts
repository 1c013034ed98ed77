import { getRouteCapabilities } from '../core/actions/routes/getRouteCapabilities.ts'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexRouteCapabilities } from '../core/parse/IbexRouteCapabilities.ts'
import {
  ibexUserQueryOptions,
  type IbexQueryOptions,
  type IbexQueryOverrides,
} from './ibexUserQueryOptions.ts'
import { routeCapabilitiesQueryKey } from './routeCapabilitiesQueryKey.ts'

/** Parameters of {@link routeCapabilitiesQueryOptions}; the query waits for both chains. */
export type RouteCapabilitiesQueryOptionsParameters<data = IbexRouteCapabilities> = {
  sourceChainId?: number | undefined
  destinationChainId?: number | undefined
  /** TanStack options (`select`, `staleTime`, `enabled` …), applied over the kit's. */
  query?: IbexQueryOverrides<IbexRouteCapabilities, data, 'routeCapabilities'> | undefined
}

/**
 * Query options of the route mode between two chains (`GET /safes/routes/capabilities`, see
 * `getRouteCapabilities`), under `routeCapabilitiesQueryKey(client, { sourceChainId,
 * destinationChainId })`. Fresh for 1 h; idle until both chains are given; disabled while
 * signed out.
 *
 * @example
 * const { mode } = await queryClient.fetchQuery(routeCapabilitiesQueryOptions(client, { sourceChainId: 421614, destinationChainId: 100 }))
 */
export function routeCapabilitiesQueryOptions<data = IbexRouteCapabilities>(
  client: IbexClient,
  parameters: RouteCapabilitiesQueryOptionsParameters<data> = {},
): IbexQueryOptions<'routeCapabilities', IbexRouteCapabilities, data> {
  const { sourceChainId, destinationChainId, query } = parameters
  const given = sourceChainId !== undefined && destinationChainId !== undefined
  return ibexUserQueryOptions(
    client,
    'routeCapabilities',
    routeCapabilitiesQueryKey(client, { sourceChainId, destinationChainId }),
    { ...query, enabled: given ? (query?.enabled ?? true) : false },
    ({ signal }) =>
      getRouteCapabilities(
        client,
        { sourceChainId: sourceChainId ?? 0, destinationChainId: destinationChainId ?? 0 },
        { signal },
      ),
  )
}
