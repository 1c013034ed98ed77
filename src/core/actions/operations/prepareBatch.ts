import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { operationIntentSchema, type OperationIntent } from '../../schemas/operationIntentSchema.ts'
import type { PrepareOperationsParameters } from './PrepareOperationsParameters.ts'

export type PrepareBatchParameters = PrepareOperationsParameters & {
  /** IBEx returns the same open intent for the same key. */
  idempotencyKey?: string | undefined
  options?:
    | {
        atomic?: boolean | undefined
        autoApprove?: boolean | undefined
        /** 60–3600, default 300. */
        ttlSec?: number | undefined
        reorder?: boolean | undefined
      }
    | undefined
}

/** The prepared batch: one challenge for all its operations. */
export type PrepareBatchReturnType = OperationIntent

/**
 * `POST /v1.2/safes/operations/batch-intent` (docs/protocol.md): several operations in one
 * MultiSend, signed once. Hyperliquid operations are refused in a batch. Never retried.
 *
 * @example
 * const intent = await prepareBatch(client, { safeAddress, chainId: 421614, operations: [a, b] })
 */
export function prepareBatch(
  client: IbexClient,
  parameters: PrepareBatchParameters,
  options: IbexActionOptions = {},
): Promise<PrepareBatchReturnType> {
  return client.request({
    method: 'POST',
    path: '/v1.2/safes/operations/batch-intent',
    chainId: parameters.chainId,
    body: parameters,
    schema: operationIntentSchema,
    signal: options.signal,
  })
}
