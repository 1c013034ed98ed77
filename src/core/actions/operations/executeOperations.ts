import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { OperationSignature } from '../../operations/OperationSignature.ts'
import {
  operationExecutionSchema,
  type OperationExecution,
} from '../../schemas/operationExecutionSchema.ts'

export type ExecuteOperationsParameters = OperationSignature & {
  /** The chain of the intent; also sent as `X-Blockchain-Id`. */
  chainId?: number | undefined
}

/** `{ userOpHash }` to track (7702: also `txHash`, `success`, `walletMode`). */
export type ExecuteOperationsReturnType = OperationExecution

/**
 * `PUT /v1.2/safes/operations` (docs/protocol.md), step 2: sends the signature and IBEx
 * executes the intent it signs. A write: never retried, and an intent runs once (a second PUT
 * is 410).
 *
 * @example
 * const { userOpHash } = await executeOperations(client, { credential, chainId: 421614 })
 */
export function executeOperations(
  client: IbexClient,
  parameters: ExecuteOperationsParameters,
  options: IbexActionOptions = {},
): Promise<ExecuteOperationsReturnType> {
  return client.request({
    method: 'PUT',
    path: '/v1.2/safes/operations',
    chainId: parameters.chainId,
    body: parameters,
    schema: operationExecutionSchema,
    signal: options.signal,
  })
}
