import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { requestedChainId } from '../../http/requestedChainId.ts'
import { catalogueTokenEntry } from '../../views/catalogueTokenEntry.ts'
import { groupByChain } from '../../views/groupByChain.ts'
import type { MockView } from '../../views/MockView.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { balanceOf } from '../../wallet/balanceOf.ts'
import { mockTokens } from '../../wallet/tokenCatalog.ts'
import { userSafes } from '../../wallet/userSafes.ts'

/** The catalogue tokens of `chainId` that the user's Safe holds or has moved. */
function touchedTokens(view: MockView, chainId: number) {
  const safes = userSafes(view.user, view.config)
    .filter((safe) => safe.chainId === chainId)
    .map((safe) => safe.address.toLowerCase())
  const moved = new Set(
    view.state.ledger.transactions
      .filter(
        (tx) =>
          tx.chainId === chainId &&
          (safes.includes(tx.from.toLowerCase()) || safes.includes(tx.to.toLowerCase())),
      )
      .map((tx) => tx.token),
  )
  return mockTokens
    .filter((token) => token.chainId === chainId)
    .filter(
      (token) =>
        moved.has(token) || safes.some((safe) => balanceOf(view.state.ledger, safe, token) > 0n),
    )
    .map((token) => catalogueTokenEntry(token, { audit: false }))
}

/**
 * `GET /v1.2/users/me/tokens` (docs/protocol.md): the tokens the user's Safes hold or have
 * moved; a flat array for one chain, else grouped per chain; 404 without any Safe.
 */
export const userTokensRoute: MockRoute = {
  method: 'GET',
  path: '/v1.2/users/me/tokens',
  handler: async (ctx) => {
    const view = await viewOfRequest(ctx)
    const safes = userSafes(view.user, view.config)
    if (safes.length === 0)
      throw new MockHttpError('NOT_FOUND', 'This user has no watched addresses')
    const chainIds = [...new Set(safes.map((safe) => safe.chainId))]
    return jsonResponse(
      groupByChain(requestedChainId(ctx), chainIds, (chainId) => touchedTokens(view, chainId)),
    )
  },
}
