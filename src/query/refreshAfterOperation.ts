import type { QueryClient } from '@tanstack/query-core'
import type { IbexClient } from '../core/client/IbexClient.ts'
import { IbexOperationError } from '../core/operations/IbexOperationError.ts'
import type { OperationOutcome } from '../core/operations/OperationResult.ts'
import { invalidateAfterOperation } from './invalidateAfterOperation.ts'

/**
 * Runs an operation and refreshes the cache from its outcome (`invalidateAfterOperation`):
 * everything it moved once confirmed, the operations history when it was executed but is
 * pending, failed or of unknown outcome. Its result or error is passed on unchanged.
 *
 * @example
 * return refreshAfterOperation(context.client, client, () => runOperation(client, input))
 */
export async function refreshAfterOperation<TResult extends OperationOutcome>(
  queryClient: QueryClient,
  client: IbexClient,
  run: () => Promise<TResult>,
): Promise<TResult> {
  let result: TResult
  try {
    result = await run()
  } catch (error) {
    if (error instanceof IbexOperationError && error.userOpHash) {
      await invalidateAfterOperation(queryClient, client, 'executed')
    }
    throw error
  }
  await invalidateAfterOperation(
    queryClient,
    client,
    result.status === 'confirmed' ? 'confirmed' : 'executed',
  )
  return result
}
