import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { queryFlag } from '../../http/queryParams.ts'
import { requestedChainId } from '../../http/requestedChainId.ts'
import { buildLending } from '../../views/buildLending.ts'
import { buildPools } from '../../views/buildPools.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { walletSafes } from '../../views/walletSafes.ts'

/**
 * `/users/me/lending` (catalogue, `userScoped`) and `/users/me/pools` (the user's Aave,
 * Morpho and Hyperliquid positions: one object for a named chain, else one per Safe;
 * 404 without a Safe there).
 */
export const defiRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me/lending',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const userScoped = queryFlag(ctx.url, 'userScoped', false)
      return jsonResponse(buildLending(view, { userScoped, chainId: requestedChainId(ctx) }))
    },
  },
  {
    method: 'GET',
    path: '/v1.2/users/me/pools',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const chainId = requestedChainId(ctx)
      const includeZero = queryFlag(ctx.url, 'includeZero', false)
      const pools = buildPools(view, walletSafes(view, { chainId }), { includeZero })
      if (pools.length === 0) {
        throw new MockHttpError('NOT_FOUND', 'No indexed wallet for this user on this chain')
      }
      return jsonResponse(chainId === undefined ? pools : pools[0])
    },
  },
]
