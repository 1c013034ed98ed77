import type { OperationRunOptions } from '../core/operations/OperationRunOptions.ts'
import type { IbexMutationOverrides } from './ibexMutationOptions.ts'

/**
 * Parameters of the operation mutation factories (`operationMutationOptions`,
 * `batchMutationOptions`).
 *
 * @example
 * operationMutationOptions(client, 'transfer', { tracking: { timeoutMs: 90_000 }, run: () => ({ onStage }) })
 */
export type OperationMutationOptionsParameters<data, variables> = Pick<
  OperationRunOptions,
  'tracking' | 'lookups'
> & {
  /** Called as each run starts: that run's `signal` and `onStage`. */
  run?: (() => Pick<OperationRunOptions, 'signal' | 'onStage'>) | undefined
  /** TanStack options of the caller (`onSuccess`, `meta` …), applied under the kit's own. */
  mutation?: IbexMutationOverrides<data, variables> | undefined
}
