'use client'
import type { IbexOperationErrorType } from '../../core/operations/IbexOperationErrorType.ts'
import type { OperationOutcome } from '../../core/operations/OperationResult.ts'
import type { OperationRunOptions } from '../../core/operations/OperationRunOptions.ts'
import type { OperationStage } from '../../core/operations/OperationStage.ts'
import { SIGNER_INPUT_KEYS, type ShownOperationVariables } from '../../query/OperationVariables.ts'
import type {
  IbexMutationHookOptions,
  IbexMutationKind,
  IbexMutationResult,
  IbexMutationRun,
} from './useIbexMutation.ts'

/** Where an operation hook stands: `idle` before the first submit, then the run's stages. */
export type OperationMutationStage = 'idle' | OperationStage

/**
 * TanStack's mutation result plus the operation's `stage` and `cancel`, with `error` typed as
 * what an operation can fail with. `variables` (like what TanStack keeps in its cache and gives
 * the callbacks) never holds the signer's inputs.
 */
export type OperationMutationResult<data, variables> = IbexMutationResult<
  data,
  IbexOperationErrorType,
  variables,
  ShownOperationVariables<variables>
> & {
  /**
   * `idle`, then `validating` → `preparing` → `signing` → `executing` → `pending`, ending
   * `confirmed`, `pending` (tracking timed out: `data.userOpHash` to follow up) or `failed`
   * (`error.code` says why).
   */
  stage: OperationMutationStage
  /**
   * Cancels the run: before execution nothing is executed (the passkey prompt closes); after,
   * only the waiting stops (the result is `pending`). Unmounting does the same.
   */
  cancel: () => void
}

/** Parameters of every operation hook. */
export type UseOperationMutationParameters<data, variables> = Pick<
  OperationRunOptions,
  'tracking' | 'lookups'
> & {
  /**
   * TanStack mutation options (`onSuccess`, `onError`, `meta` …). `retry` is always off; the
   * `variables` the callbacks get hold no PIN, passphrase, code or wallet.
   */
  mutation?:
    | IbexMutationHookOptions<data, IbexOperationErrorType, ShownOperationVariables<variables>>
    | undefined
}

/** The run options of an operation: its signal, and its stages reported to the hook. */
export function operationRunOf(
  run: IbexMutationRun<OperationStage>,
): Pick<OperationRunOptions, 'signal' | 'onStage'> {
  return { signal: run.signal, onStage: run.report }
}

/**
 * How operation hooks run: a second submit while one runs is refused (`session/busy`), the
 * signer's inputs stay out of TanStack, and `stage` follows the run.
 */
export const operationMutationKind: IbexMutationKind<
  OperationOutcome,
  OperationStage,
  OperationMutationStage,
  IbexOperationErrorType,
  (typeof SIGNER_INPUT_KEYS)[number]
> = {
  secretKeys: SIGNER_INPUT_KEYS,
  policy: 'exclusive',
  firstProgress: 'validating',
  modal: false,
  state: (status, data, stage) =>
    status === 'idle'
      ? 'idle'
      : status === 'pending'
        ? stage
        : status === 'error' || data === undefined
          ? 'failed'
          : data.status,
}
