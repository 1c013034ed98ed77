'use client'
import type { BatchResult } from '../../core/operations/OperationResult.ts'
import { batchMutationOptions } from '../../query/batchMutationOptions.ts'
import type { BatchVariables } from '../../query/OperationVariables.ts'
import type {
  OperationMutationResult,
  UseOperationMutationParameters,
} from '../internal/operationMutationKind.ts'
import { useOperationMutation } from '../internal/useOperationMutation.ts'

/** Parameters of {@link useBatch}: `tracking`, `lookups`, and TanStack's `mutation` options. */
export type UseBatchParameters = UseOperationMutationParameters<BatchResult, BatchVariables>

/** Return type of {@link useBatch}: TanStack's mutation result plus `stage` and `cancel`. */
export type UseBatchReturnType = OperationMutationResult<BatchResult, BatchVariables>

/**
 * Runs several operations (`operations`, each with its `kind`) as one batch with one signature.
 * Every item is checked first (errors name `operations[i].field`), amounts of one token are
 * summed against its balance, and Hyperliquid items are refused (IBEx does not batch them).
 * Same stages, signer inputs and refusals as the single-operation hooks; the batch is tracked by
 * `GET /safes/operations/batch/:batchId/status` (as `useBatchStatus` follows it later).
 *
 * @example
 * const { mutate: run, stage } = useBatch()
 * run({ operations: [
 *   { kind: 'transfer', token: eur, to: alice, amount: '5' },
 *   { kind: 'aaveSupply', token: usd, amount: '20' },
 * ] })
 */
export function useBatch(parameters: UseBatchParameters = {}): UseBatchReturnType {
  return useOperationMutation('useBatch', parameters, (client, options) =>
    batchMutationOptions(client, options),
  )
}
