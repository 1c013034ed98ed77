import { formatUnits } from 'viem'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import type { MockRouteQuote } from '../../routing/MockRouteQuote.ts'
import { createRouteQuote } from '../../routing/createRouteQuote.ts'
import { routeCapabilities } from '../../routing/routeCapabilities.ts'
import { routeStatusOf } from '../../routing/routeStatusOf.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

function chainQuery(url: URL, key: string): number {
  const raw = url.searchParams.get(key)
  const chainId = raw === null || raw.trim() === '' ? Number.NaN : Number(raw)
  if (!Number.isInteger(chainId) || chainId <= 0) {
    throw new MockHttpError('VALIDATION', `${key} is required (a chain id)`)
  }
  return chainId
}

function quoteBody(route: MockRouteQuote): Record<string, unknown> {
  const sell = (amount: bigint) => formatUnits(amount, route.sellToken.decimals)
  const buyAmount = formatUnits(route.buyAmount, route.buyToken.decimals)
  return {
    routeId: route.routeId,
    mode: route.mode,
    provider: route.provider,
    sourceChainId: route.sourceChainId,
    destinationChainId: route.destinationChainId,
    sellTokenAddress: route.sellToken.address,
    buyTokenAddress: route.buyToken.address,
    sellAmount: sell(route.sellAmount),
    feeAmount: sell(route.feeAmount),
    buyAmount,
    validTo: route.validTo,
    candidates: [{ provider: route.provider, buyAmount, feeAmount: sell(route.feeAmount) }],
  }
}

/**
 * The unified route engine (docs/protocol.md): capabilities of a chain pair, a quote (kept for
 * `ROUTE_FROM_QUOTE`), and a route's status through its stages. A route that is not the
 * caller's is 404.
 */
export const routeEngineRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/safes/routes/capabilities',
    handler: async (ctx) => {
      await viewOfRequest(ctx)
      const source = chainQuery(ctx.url, 'sourceChainId')
      const destination = chainQuery(ctx.url, 'destinationChainId')
      return jsonResponse(routeCapabilities(ctx.config, source, destination))
    },
  },
  {
    method: 'POST',
    path: '/v1.2/safes/routes/quote',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      return jsonResponse(quoteBody(createRouteQuote(ctx, view, await ctx.body())))
    },
  },
  {
    method: 'GET',
    path: '/v1.2/safes/routes/:routeId/status',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const route = view.tenant.routes.get(ctx.params.routeId ?? '')
      if (!route || route.externalUserId !== view.user.externalUserId) {
        throw new MockHttpError('NOT_FOUND', 'route not found')
      }
      const state = routeStatusOf(view.tenant, route, view.now, ctx.config.operationConfirmDelayMs)
      return jsonResponse({ routeId: route.routeId, mode: route.mode, ...state })
    },
  },
]
