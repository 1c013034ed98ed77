'use client'
import type { IbexRouteCapabilities } from '../../core/parse/IbexRouteCapabilities.ts'
import {
  routeCapabilitiesQueryOptions,
  type RouteCapabilitiesQueryOptionsParameters,
} from '../../query/routeCapabilitiesQueryOptions.ts'
import { useIbexDataQuery, type IbexDataQueryResult } from '../internal/useIbexDataQuery.ts'

/** Parameters of {@link useRouteCapabilities}. */
export type UseRouteCapabilitiesParameters<data = IbexRouteCapabilities> =
  RouteCapabilitiesQueryOptionsParameters<data>

/** Return type of {@link useRouteCapabilities}: TanStack's query result plus its `queryKey`. */
export type UseRouteCapabilitiesReturnType<data = IbexRouteCapabilities> = IbexDataQueryResult<
  'routeCapabilities',
  IbexRouteCapabilities,
  data
>

/**
 * What IBEx's route engine can do between two chains (`GET /safes/routes/capabilities`):
 * `CROSS_CHAIN_BRIDGE`, `SAME_CHAIN_SWAP` or `UNSUPPORTED`, with the providers. Idle until both
 * chains are given; fresh for 1 h.
 *
 * @example
 * const { data } = useRouteCapabilities({ sourceChainId: 421614, destinationChainId: 100 })
 * {data?.mode === 'UNSUPPORTED' && <p>No route between these chains</p>}
 */
export function useRouteCapabilities<data = IbexRouteCapabilities>(
  parameters: UseRouteCapabilitiesParameters<data> = {},
): UseRouteCapabilitiesReturnType<data> {
  return useIbexDataQuery('useRouteCapabilities', (client) =>
    routeCapabilitiesQueryOptions(client, parameters),
  )
}
