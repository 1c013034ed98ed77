import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredAddress } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import { buildRecoveryStatus } from '../../recovery/buildRecoveryStatus.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'

/**
 * `GET /v1.2/recovery/status/:safeAddress` (docs/protocol.md), chain from `X-Blockchain-Id` or
 * `?blockchainId=`: a Safe that is not the caller's on that chain is 400 `unknown safe address`.
 */
export const recoveryRoutes: MockRoute[] = [
  {
    method: 'GET',
    path: '/v1.2/recovery/status/:safeAddress',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const chainId = resolveChainId(ctx)
      const safe = requiredAddress(ctx.params.safeAddress, 'safeAddress')
      if (view.user.safeAddress[String(chainId)] !== safe) {
        throw new MockHttpError('UNKNOWN_SAFE', 'unknown safe address')
      }
      return jsonResponse(buildRecoveryStatus(view, safe, chainId))
    },
  },
]
