import type { IbexClient } from '../client/IbexClient.ts'
import type { OperationInput } from './OperationInput.ts'
import type { OperationResult } from './OperationResult.ts'
import type { OperationRunInputs } from './OperationRunInputs.ts'
import type { OperationRunOptions } from './OperationRunOptions.ts'
import type { OperationSummaryOf } from './OperationSummary.ts'
import { runOperationPlan } from './runOperationPlan.ts'

/** One operation and the run's inputs (chain, PIN / passphrase / wallet). */
export type RunOperationParameters<TInput extends OperationInput = OperationInput> = TInput &
  OperationRunInputs

/** The outcome and the operation's summary. */
export type RunOperationReturnType<TInput extends OperationInput = OperationInput> =
  OperationResult<OperationSummaryOf<TInput['kind']>>

/**
 * Moves a user's funds with one Safe operation: a transfer (token or native coin), a swap from a
 * quote, an Aave or Morpho supply or withdrawal, a Hyperliquid deposit, vault move or
 * withdrawal. The session's signer signs it (passkey prompt; `pin`, `passphrase` or `signer` for
 * the other sign-in methods, used once). See `runOperationPlan` for the stages and refusals.
 *
 * @example
 * const result = await runOperation(
 *   client,
 *   { kind: 'transfer', token: eurAddress, to: '0xAb5…', amount: '12.5' },
 *   { onStage: (stage) => console.log(stage) },
 * )
 * // result.status === 'confirmed', result.operation.value === 12500000000000000000n
 */
export async function runOperation<const TInput extends OperationInput>(
  client: IbexClient,
  parameters: RunOperationParameters<TInput>,
  options: OperationRunOptions = {},
): Promise<RunOperationReturnType<TInput>> {
  const { outcome, summaries } = await runOperationPlan(
    client,
    { ...parameters, inputs: [parameters] },
    options,
  )
  // One input in, one summary out, of the input's kind.
  return { ...outcome, operation: summaries[0] as OperationSummaryOf<TInput['kind']> }
}
