import type { Hex } from 'viem'
import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { OperationStatus } from '../../schemas/operationStatusSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetOperationStatusParameters = {
  /** A 4337 `userOpHash` or a 7702 operation key. */
  userOpHash: Hex
}

/** IBEx's `status`, folded into `state` (`pending` / `confirmed` / `failed`). */
export type GetOperationStatusReturnType = OperationStatus

/**
 * `GET /v1.2/safes/operations/:userOpHash/status` (docs/protocol.md). Retried on 429/503 like
 * every GET.
 *
 * @example
 * const { state, transactionHash } = await getOperationStatus(client, { userOpHash })
 */
export function getOperationStatus(
  client: IbexClient,
  parameters: GetOperationStatusParameters,
  options: IbexActionOptions = {},
): Promise<GetOperationStatusReturnType> {
  return client.request({
    path: `/v1.2/safes/operations/${encodeURIComponent(parameters.userOpHash)}/status`,
    schema: () =>
      loadOnDemand(
        'The operation status check',
        () => import('../../schemas/operationStatusSchema.ts'),
      ).then((module) => module.operationStatusSchema),
    signal: options.signal,
  })
}
