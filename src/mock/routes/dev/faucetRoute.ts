import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { creditFaucet, type MockFaucetRequest } from '../../wallet/creditFaucet.ts'

/**
 * `POST /__mock/faucet` `{ address, amount, token?, chainId? }` (README "Testing your app with the mock IBEx"): credits any Safe; answers the new balance. Never faulted, needs no rpId.
 */
export const faucetRoute: MockRoute = {
  method: 'POST',
  path: '/__mock/faucet',
  bypassFaults: true,
  handler: async (ctx) => {
    const body = (await ctx.body()) as Partial<MockFaucetRequest>
    const chainId = body.chainId === undefined ? undefined : Number(body.chainId)
    return jsonResponse(
      creditFaucet(
        ctx.state,
        ctx.config,
        {
          address: String(body.address ?? ''),
          amount: body.amount as string,
          token: body.token,
          chainId,
        },
        ctx.now(),
      ),
    )
  },
}
