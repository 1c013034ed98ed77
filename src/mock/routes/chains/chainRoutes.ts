import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { requestedChainId } from '../../http/requestedChainId.ts'
import { authenticateRequest } from '../../tokens/authenticateRequest.ts'
import { catalogueTokenEntry } from '../../views/catalogueTokenEntry.ts'
import { groupByChain } from '../../views/groupByChain.ts'
import { chainInfo } from '../../wallet/chainCatalog.ts'
import { mockTokens } from '../../wallet/tokenCatalog.ts'

/**
 * Catalogues (docs/protocol.md): `GET /v1.2/chains/` (active chains and their modules)
 * and `GET /v1.2/chain/tokens` (every monitored token; flat for one chain, else grouped).
 */
export const chainRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/chains',
    handler: async (ctx) => {
      await authenticateRequest(ctx)
      return jsonResponse(
        ctx.config.servedChainIds.map((chainId) => {
          const info = chainInfo(chainId)
          return {
            id: chainId,
            name: info.name,
            icon: info.icon,
            explorerAddress: `${info.explorer}/address/`,
            explorerTx: `${info.explorer}/tx/`,
            modules: info.modules,
          }
        }),
      )
    },
  },
  {
    method: 'GET',
    path: '/v1.2/chain/tokens',
    handler: async (ctx) => {
      await authenticateRequest(ctx)
      return jsonResponse(
        groupByChain(requestedChainId(ctx), ctx.config.chainIds, (chainId) =>
          mockTokens
            .filter((token) => token.chainId === chainId)
            .map((token) => catalogueTokenEntry(token, { audit: true })),
        ),
      )
    },
  },
]
