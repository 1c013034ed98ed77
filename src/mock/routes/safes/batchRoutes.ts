import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import { intentResponse } from '../../operations/intentResponse.ts'
import { operationStatusOf } from '../../operations/operationStatusOf.ts'
import { prepareIntent } from '../../operations/prepareIntent.ts'
import { signAndExecute } from '../../operations/signAndExecute.ts'
import { viewOfRequest } from '../../views/viewOfRequest.ts'
import { executionResponse } from './executionResponse.ts'

/**
 * MultiSend batches with one signature (docs/protocol.md): `batch-intent`, `batch-execute`
 * (`{ batchId, credential }` or `{ batchId, signature, publicKey }`) and the batch status.
 */
export const batchRoutes: MockRoute[] = [
  {
    method: 'POST',
    path: '/v1.2/safes/operations/batch-intent',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const intent = prepareIntent(ctx, view, await ctx.body(), 'batch')
      return jsonResponse(intentResponse(view, intent))
    },
  },
  {
    method: 'PUT',
    path: '/v1.2/safes/operations/batch-execute',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const body = await ctx.body()
      const batchId = requiredString(body, 'batchId')
      const intent = await signAndExecute(ctx, view, body, batchId)
      return jsonResponse({
        batchId,
        userOpHash: intent.userOpHash,
        status: 'SUBMITTED',
        ...executionResponse(intent),
      })
    },
  },
  {
    method: 'GET',
    path: '/v1.2/safes/operations/batch/:batchId/status',
    handler: async (ctx) => {
      const view = await viewOfRequest(ctx)
      const intent = [...view.tenant.operations.values()].find(
        (candidate) =>
          candidate.batchId === ctx.params.batchId &&
          candidate.externalUserId === view.user.externalUserId,
      )
      if (!intent) throw new MockHttpError('NOT_FOUND', `No batch ${ctx.params.batchId}`)
      const { status } = operationStatusOf(intent, view.now)
      return jsonResponse({
        batchId: intent.batchId,
        safeAddress: intent.safeAddress,
        chainId: intent.chainId,
        status: status === 'CREATED' ? 'PENDING' : status,
        userOpHash: intent.userOpHash,
        operations: intent.operations.map(({ index, type }) => ({ index, type })),
        expiresAt: new Date(intent.expiresAt).toISOString(),
      })
    },
  },
]
