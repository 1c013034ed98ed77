import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { queryEnum, queryFlag, queryInteger } from '../../http/queryParams.ts'
import { buildAddresses } from '../../views/buildAddresses.ts'
import { buildBalances } from '../../views/buildBalances.ts'
import { buildScopedBalances } from '../../views/buildScopedBalances.ts'
import { buildScopedTransactions } from '../../views/buildScopedTransactions.ts'
import { buildTransactions } from '../../views/buildTransactions.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { walletScope } from './walletScope.ts'
import { readTransactionQuery } from '../../http/readTransactionQuery.ts'
import { userTokensRoute } from './userTokensRoute.ts'

/**
 * The user's wallet reads (docs/protocol.md): `/users/me/address`, `/balances`,
 * `/transactions`, `/tokens`, each over the caller's Safes only.
 */
export const walletRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/users/me/address',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const includeDerived = queryFlag(ctx.url, 'includeDerived', false)
      const addresses = buildAddresses(view, { includeDerived })
      return addresses.count === 0 ? new Response(null, { status: 204 }) : jsonResponse(addresses)
    },
  },
  {
    method: 'GET',
    path: '/v1.2/users/me/balances',
    handler: async (ctx) => {
      const { view, safes, walletAddress, chainId } = await walletScope(ctx)
      const paged = ctx.url.searchParams.has('page') || ctx.url.searchParams.has('limit')
      const query = {
        safes,
        includeZero: queryFlag(ctx.url, 'includeZero', false),
        includeEmpty: queryFlag(ctx.url, 'includeEmpty', false),
        includePrices: queryFlag(ctx.url, 'includePrices', true),
        pagination: paged
          ? {
              page: queryInteger(ctx.url, 'page', { min: 1, max: 1_000_000, fallback: 1 }),
              limit: queryInteger(ctx.url, 'limit', { min: 1, max: 100, fallback: 50 }),
            }
          : undefined,
      }
      return jsonResponse(
        walletAddress
          ? buildScopedBalances(view, query, { identifier: walletAddress, chainId })
          : buildBalances(view, query),
      )
    },
  },
  {
    method: 'GET',
    path: '/v1.2/users/me/transactions',
    handler: async (ctx) => {
      const { view, safes, walletAddress, chainId } = await walletScope(ctx)
      const scope = queryEnum(ctx.url, 'scope', ['mixed', 'crypto', 'fiat']) ?? 'mixed'
      const query = readTransactionQuery(ctx.url, view.now)
      if (walletAddress && scope === 'fiat') {
        throw new MockHttpError('VALIDATION', 'scope=fiat does not apply to a walletAddress')
      }
      return jsonResponse(
        walletAddress
          ? buildScopedTransactions(view, safes, query, {
              identifier: walletAddress,
              chainId,
            })
          : buildTransactions(view, safes, query, scope),
      )
    },
  },
  userTokensRoute,
]
