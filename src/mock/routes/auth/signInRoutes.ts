import { enrichSignIn } from '../../data/enrichSignIn.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { sessionBody } from '../../modes/sessionBody.ts'
import { walletModes } from '../../modes/walletModes.ts'
import { walletOf } from '../../modes/walletOf.ts'

/**
 * `GET` and `POST /v1.2/auth/sign-in` (docs/protocol.md): the mode proves the user, then
 * the response gets tokens, the mode's fields and the requested enrichment.
 */
export const signInRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/auth/sign-in',
    handler: (ctx) => {
      ctx.rpId()
      return walletModes[walletOf(ctx)].signInBegin(ctx)
    },
  },
  {
    method: 'POST',
    path: '/v1.2/auth/sign-in',
    handler: async (ctx) => {
      ctx.rpId()
      const body = await ctx.body()
      const { user, chainId, extra } = await walletModes[walletOf(ctx, body)].signInFinish(
        ctx,
        body,
      )
      return jsonResponse({
        ...(await sessionBody(ctx, user, chainId)),
        ...extra,
        ...(await enrichSignIn(ctx, user, chainId, body)),
      })
    },
  },
]
