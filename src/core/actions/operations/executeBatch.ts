import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { OperationSignature } from '../../operations/OperationSignature.ts'
import {
  operationExecutionSchema,
  type OperationExecution,
} from '../../schemas/operationExecutionSchema.ts'

export type ExecuteBatchParameters = OperationSignature & {
  batchId: string
  chainId?: number | undefined
}

/** `{ batchId, userOpHash, status: 'SUBMITTED' }` (7702: also `txHash`). */
export type ExecuteBatchReturnType = OperationExecution

/**
 * `PUT /v1.2/safes/operations/batch-execute` (docs/protocol.md): signs and executes a batch
 * once. 409 `STALE_NONCE` means the batch must be prepared again. Never retried.
 *
 * @example
 * const { userOpHash } = await executeBatch(client, { batchId: intent.batchId, credential })
 */
export function executeBatch(
  client: IbexClient,
  parameters: ExecuteBatchParameters,
  options: IbexActionOptions = {},
): Promise<ExecuteBatchReturnType> {
  return client.request({
    method: 'PUT',
    path: '/v1.2/safes/operations/batch-execute',
    chainId: parameters.chainId,
    body: parameters,
    schema: operationExecutionSchema,
    signal: options.signal,
  })
}
