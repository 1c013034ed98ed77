import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { operationIntentSchema, type OperationIntent } from '../../schemas/operationIntentSchema.ts'
import type { PrepareOperationsParameters } from './PrepareOperationsParameters.ts'

/** The prepared intent: `batchId`, `expiresAt`, the passkey `options` and the `userOpHash`. */
export type PrepareOperationsReturnType = OperationIntent

/**
 * `POST /v1.2/safes/operations` (docs/protocol.md), step 1 of an operation: IBEx builds the
 * UserOperation and returns the challenge to sign (the base64url `userOpHash`). The HTTP step
 * only; never retried.
 *
 * @example
 * const intent = await prepareOperations(client, { safeAddress, chainId: 421614, operations })
 * // sign intent.userOpHash, then executeOperations
 */
export function prepareOperations(
  client: IbexClient,
  parameters: PrepareOperationsParameters,
  options: IbexActionOptions = {},
): Promise<PrepareOperationsReturnType> {
  return client.request({
    method: 'POST',
    path: '/v1.2/safes/operations',
    chainId: parameters.chainId,
    body: parameters,
    schema: operationIntentSchema,
    signal: options.signal,
  })
}
