import type { MutationOptions } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import type { IbexError } from '../core/errors/IbexError.ts'
import type { BatchResult } from '../core/operations/OperationResult.ts'
import { loadOnDemand } from '../core/utils/loadOnDemand.ts'
import { ibexMutationOptions } from './ibexMutationOptions.ts'
import type { OperationMutationOptionsParameters } from './OperationMutationOptionsParameters.ts'
import { SIGNER_INPUT_KEYS, type BatchVariables } from './OperationVariables.ts'
import { refreshAfterOperation } from './refreshAfterOperation.ts'

/**
 * Mutation options of a batch: `runBatch` (several operations, one signature), then the cache
 * refreshed like any operation. Key `['ibex', scope, 'batch']`; never retried. The signer's
 * inputs (`pin`, `passphrase`, `emailCode`, `signer`) are taken out of the variables object as
 * the run starts, so TanStack's cache and the callbacks never hold them.
 *
 * @example
 * const observer = new MutationObserver(queryClient, batchMutationOptions(client))
 * await observer.mutate({ operations: [transfer, supply] })
 */
export function batchMutationOptions(
  client: IbexClient,
  parameters: OperationMutationOptionsParameters<BatchResult, BatchVariables> = {},
): MutationOptions<BatchResult, IbexError, BatchVariables> {
  const { tracking, lookups, run } = parameters
  return ibexMutationOptions(
    client,
    'batch',
    parameters.mutation,
    (variables, context) =>
      refreshAfterOperation(context.client, client, async () => {
        const { runBatch } = await loadOnDemand(
          'The operation pipeline',
          () => import('../core/operations/runBatch.ts'),
        )
        return runBatch(client, variables, { tracking, lookups, ...run?.() })
      }),
    SIGNER_INPUT_KEYS,
  )
}
