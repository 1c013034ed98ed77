import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { IbexRouteStatus } from '../../parse/IbexRouteStatus.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetRouteStatusParameters = {
  /** The `routeId` of a route quote (`useRouteQuote().data.routeId`). */
  routeId: string
}

/** IBEx's stage, folded into `state` (`pending` / `completed` / `failed`). */
export type GetRouteStatusReturnType = IbexRouteStatus

/**
 * `GET /v1.2/safes/routes/:routeId/status` (docs/protocol.md): where a route stands, from
 * `CREATED` through `SOURCE_PREPARED`, `SOURCE_SUBMITTED`, `SOURCE_CONFIRMED`, `DEST_PENDING`
 * to `DEST_COMPLETED` (or `FAILED`). A route that is not the user's is 404 (`http/not-found`).
 *
 * @example
 * const { status, state } = await getRouteStatus(client, { routeId })
 */
export function getRouteStatus(
  client: IbexClient,
  parameters: GetRouteStatusParameters,
  options: IbexActionOptions = {},
): Promise<GetRouteStatusReturnType> {
  return client.request({
    path: `/v1.2/safes/routes/${encodeURIComponent(parameters.routeId)}/status`,
    schema: () =>
      loadOnDemand(
        'The route status check',
        () => import('../../schemas/routeStatusSchema.ts'),
      ).then((module) => module.routeStatusSchema),
    signal: options.signal,
  })
}
