import type { OperationStatusSource } from './OperationStatusSource.ts'

/**
 * How an executed operation is followed until CONFIRMED or FAILED.
 *
 * @example
 * await runOperation(client, input, { tracking: { timeoutMs: 120_000 } })
 */
export type OperationTrackingOptions = {
  /**
   * Stop waiting after this long and resolve with `status: 'pending'` and the `userOpHash`, to
   * look up later. Default 60 000 ms.
   */
  timeoutMs?: number | undefined
  /**
   * Between two status requests when polling alone, and for the few checks that follow a nudge
   * of the status source while IBEx still says EXECUTED. Default 1 000 ms.
   */
  intervalMs?: number | undefined
  /** Between two status requests while a status source is watching. Default 5 000 ms. */
  sourceIntervalMs?: number | undefined
  /** Push channel; default the one registered for the client (`operationStatusSources`). */
  source?: OperationStatusSource | undefined
}
