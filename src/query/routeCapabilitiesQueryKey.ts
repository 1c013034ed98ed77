import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexRouteCapabilities } from '../core/parse/IbexRouteCapabilities.ts'
import { userQueryFrame, type IbexDataQueryKey } from './userQueryFrame.ts'

/**
 * The query key of `routeCapabilitiesQueryOptions(client, parameters)`: the signed-in user's
 * entry for this chain pair, tagged with its data type. For `invalidateQueries`, `getQueryData`
 * and `setQueryData`; the factory builds its own key with it.
 *
 * @example
 * queryClient.getQueryData(routeCapabilitiesQueryKey(client, { sourceChainId: 421614, destinationChainId: 100 }))
 */
export function routeCapabilitiesQueryKey(
  client: IbexClient,
  parameters: { sourceChainId?: number | undefined; destinationChainId?: number | undefined } = {},
): IbexDataQueryKey<'routeCapabilities', IbexRouteCapabilities> {
  const { sourceChainId, destinationChainId } = parameters
  return userQueryFrame<'routeCapabilities', IbexRouteCapabilities>(client, 'routeCapabilities', {
    sourceChainId,
    destinationChainId,
  }).queryKey
}
