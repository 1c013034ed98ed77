import type { IbexActionOptions } from '../../client/IbexActionOptions.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import type { BatchStatus } from '../../schemas/batchStatusSchema.ts'
import { loadOnDemand } from '../../utils/loadOnDemand.ts'

export type GetBatchStatusParameters = {
  /** The `batchId` of a batch (`useBatch().data.batchId`). */
  batchId: string
}

/** IBEx's `status`, folded into `state` (`pending` / `confirmed` / `failed`). */
export type GetBatchStatusReturnType = BatchStatus

/**
 * `GET /v1.2/safes/operations/batch/:batchId/status`: where a MultiSend batch
 * stands, by its id. 404 for a batch that is not the user's or does not exist. Retried on
 * 429/503 like every GET.
 *
 * @example
 * const { state, userOpHash } = await getBatchStatus(client, { batchId })
 */
export function getBatchStatus(
  client: IbexClient,
  parameters: GetBatchStatusParameters,
  options: IbexActionOptions = {},
): Promise<GetBatchStatusReturnType> {
  return client.request({
    path: `/v1.2/safes/operations/batch/${encodeURIComponent(parameters.batchId)}/status`,
    schema: () =>
      loadOnDemand(
        'The batch status check',
        () => import('../../schemas/batchStatusSchema.ts'),
      ).then((module) => module.batchStatusSchema),
    signal: options.signal,
  })
}
