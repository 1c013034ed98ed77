import type { IbexClient } from '../client/IbexClient.ts'
import type { OperationInput } from './OperationInput.ts'
import type { BatchResult } from './OperationResult.ts'
import type { OperationRunInputs } from './OperationRunInputs.ts'
import type { OperationRunOptions } from './OperationRunOptions.ts'
import { runOperationPlan } from './runOperationPlan.ts'

/** Several operations signed once, and the run's inputs. */
export type RunBatchParameters = OperationRunInputs & {
  operations: readonly OperationInput[]
  /** IBEx returns the same open batch for the same key. */
  idempotencyKey?: string | undefined
  /** Lifetime of the prepared batch, 60–3600 s (IBEx's default 300). */
  ttlSec?: number | undefined
}

/**
 * Runs several operations as one MultiSend with one signature (`batch-intent` →
 * `batch-execute`, docs/protocol.md): every input is checked first (fields named
 * `operations[i].…`), amounts of the same token are summed against its balance, and Hyperliquid
 * operations are refused (`validation/operation-not-batchable`). Same stages and refusals as
 * `runOperation`.
 *
 * @example
 * const { operations } = await runBatch(client, {
 *   operations: [
 *     { kind: 'transfer', token: eur, to: alice, amount: '5' },
 *     { kind: 'aaveSupply', token: usd, amount: '20' },
 *   ],
 * })
 */
export async function runBatch(
  client: IbexClient,
  parameters: RunBatchParameters,
  options: OperationRunOptions = {},
): Promise<BatchResult> {
  const { operations, idempotencyKey, ttlSec, ...inputs } = parameters
  const { outcome, summaries } = await runOperationPlan(
    client,
    { ...inputs, inputs: operations, batch: { idempotencyKey, ttlSec } },
    options,
  )
  return { ...outcome, operations: summaries }
}
