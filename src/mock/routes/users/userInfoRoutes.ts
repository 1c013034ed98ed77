import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { queryEnum, queryInteger } from '../../http/queryParams.ts'
import { buildChainIdView } from '../../views/buildChainIdView.ts'
import { buildOperationsView } from '../../views/buildOperationsView.ts'
import { buildSigners } from '../../views/buildSigners.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

/**
 * `/users/me/signers`, `/users/me/chainid` and `/users/me/operations` (docs/protocol.md).
 */
export const userInfoRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me/signers',
    handler: async (ctx) => jsonResponse(buildSigners(await viewOfRequest(ctx))),
  },
  {
    method: 'GET',
    path: '/v1.2/users/me/chainid',
    handler: async (ctx) => jsonResponse(buildChainIdView(await viewOfRequest(ctx))),
  },
  {
    method: 'GET',
    path: '/v1.2/users/me/operations',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return jsonResponse(
        buildOperationsView(view, {
          status: queryEnum(ctx.url, 'status', [
            'CREATED',
            'SIGNED',
            'EXECUTED',
            'CONFIRMED',
            'FAILED',
          ]),
          limit: queryInteger(ctx.url, 'limit', { min: 1, max: 500, fallback: 50 }),
          offset: queryInteger(ctx.url, 'offset', { min: 0, max: 1_000_000, fallback: 0 }),
        }),
      )
    },
  },
]
