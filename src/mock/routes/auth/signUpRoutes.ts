import type { MockRoute } from '../../http/MockRoute.ts'
import { walletModes } from '../../modes/walletModes.ts'
import { walletOf } from '../../modes/walletOf.ts'

/** `GET` and `POST /v1.2/auth/sign-up`, dispatched on the wallet mode (docs/protocol.md). */
export const signUpRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/auth/sign-up',
    handler: (ctx) => {
      ctx.rpId()
      return walletModes[walletOf(ctx)].signUpBegin(ctx)
    },
  },
  {
    method: 'POST',
    path: '/v1.2/auth/sign-up',
    handler: async (ctx) => {
      ctx.rpId()
      const body = await ctx.body()
      return walletModes[walletOf(ctx, body)].signUpFinish(ctx, body)
    },
  },
]
