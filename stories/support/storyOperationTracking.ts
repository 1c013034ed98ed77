import type { OperationTrackingOptions } from '../../src/core/operations/OperationTrackingOptions.ts'

/**
 * The `tracking` of the operation hooks in the wallet flow stories. With the realtime socket
 * open, the kit polls an executed operation's status every 5 s and looks sooner when a push
 * says something settled; the mock pushes its ledger change when the operation executes and
 * confirms it 1.5 s later without a push, so a story would wait the full 5 s. Every second
 * keeps the `pending` stage visible without the wait.
 *
 * @example
 * const transfer = useTransfer({ tracking: storyOperationTracking })
 */
export const storyOperationTracking = {
  sourceIntervalMs: 1_000,
} as const satisfies OperationTrackingOptions
