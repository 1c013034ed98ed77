import type { OperationLookups } from './OperationLookups.ts'
import type { OperationStage } from './OperationStage.ts'
import type { OperationTrackingOptions } from './OperationTrackingOptions.ts'

/**
 * The last, optional argument of `runOperation` and `runBatch`.
 *
 * @example
 * await runOperation(client, input, { onStage: setStage, tracking: { timeoutMs: 90_000 } })
 */
export type OperationRunOptions = {
  /**
   * Cancels the run while nothing has been executed: a passkey prompt closes
   * (`webauthn/aborted`), a PIN or passphrase derivation stops (`signer/aborted`), otherwise
   * `operation/aborted`. Once the execute request is sent it is never cut; an abort then only
   * stops tracking (the result is `pending`, with the hash).
   */
  signal?: AbortSignal | undefined
  /** Told each stage as it begins, in order. */
  onStage?: ((stage: OperationStage) => void) | undefined
  tracking?: OperationTrackingOptions | undefined
  /** Where balances and the Hyperliquid asset are read; default `defaultOperationLookups`. */
  lookups?: OperationLookups | undefined
  /** Clock for quote and intent expiry, ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined
}
