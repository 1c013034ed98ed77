import { MockHttpError } from '../../errors/MockHttpError.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { intentResponse } from '../../operations/intentResponse.ts'
import { prepareIntent } from '../../operations/prepareIntent.ts'
import { signAndExecute } from '../../operations/signAndExecute.ts'
import { buildOperationStatus } from '../../views/buildOperationStatus.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { executionResponse } from './executionResponse.ts'

/**
 * The two-step Safe operation flow (docs/protocol.md): `POST /v1.2/safes/operations`
 * prepares, `PUT` signs and executes, `GET …/:userOpHash/status` tracks.
 */
export const operationRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/safes/operations',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const intent = prepareIntent(ctx, view, await ctx.body(), 'single')
      return jsonResponse(intentResponse(view, intent))
    },
  },
  {
    method: 'PUT',
    path: '/v1.2/safes/operations',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const intent = await signAndExecute(ctx, view, await ctx.body())
      return jsonResponse({ userOpHash: intent.userOpHash, ...executionResponse(intent) })
    },
  },
  {
    method: 'GET',
    path: '/v1.2/safes/operations/:userOpHash/status',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const hash = (ctx.params.userOpHash ?? '').toLowerCase()
      const intent = [...view.tenant.operations.values()].find(
        (candidate) =>
          candidate.userOpHash === hash && candidate.externalUserId === view.user.externalUserId,
      )
      if (!intent) throw new MockHttpError('NOT_FOUND', `No operation ${ctx.params.userOpHash}`)
      return jsonResponse(buildOperationStatus(intent, view.now))
    },
  },
]
