import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { assertChainId } from '../../ceremonies/assertChainId.ts'
import type { IbexRouteCapabilities } from '../../parse/IbexRouteCapabilities.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetRouteCapabilitiesParameters = {
  sourceChainId: number
  destinationChainId: number
}

/** The route mode between the two chains and its providers. */
export type GetRouteCapabilitiesReturnType = IbexRouteCapabilities

/**
 * `GET /v1.2/safes/routes/capabilities` (docs/protocol.md): whether IBEx can route funds from
 * one chain to another (`CROSS_CHAIN_BRIDGE`), swap on one chain (`SAME_CHAIN_SWAP`), or not at
 * all (`UNSUPPORTED`), and with which providers. Chain ids are checked before any request.
 *
 * @example
 * const { mode } = await getRouteCapabilities(client, { sourceChainId: 421614, destinationChainId: 100 })
 */
export function getRouteCapabilities(
  client: IbexClient,
  parameters: GetRouteCapabilitiesParameters,
  options: IbexActionOptions = {},
): Promise<GetRouteCapabilitiesReturnType> {
  assertChainId(parameters.sourceChainId, 'sourceChainId', true)
  assertChainId(parameters.destinationChainId, 'destinationChainId', true)
  return client.request({
    path: '/v1.2/safes/routes/capabilities',
    query: {
      sourceChainId: parameters.sourceChainId,
      destinationChainId: parameters.destinationChainId,
    },
    schema: () =>
      loadOnDemand(
        'The route capabilities reader',
        () => import('../../schemas/routeCapabilitiesSchema.ts'),
      ).then((module) => module.routeCapabilitiesSchema),
    signal: options.signal,
  })
}
