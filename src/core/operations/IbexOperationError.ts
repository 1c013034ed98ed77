import type { Hex } from 'viem'
import { IbexError } from '../errors/IbexError.ts'

/** Codes of {@link IbexOperationError}. */
export type IbexOperationErrorCode =
  | 'operation/failed'
  | 'operation/expired'
  | 'operation/intent-used'
  | 'operation/outcome-unknown'
  | 'operation/signer-unsupported'
  | 'operation/aborted'

/**
 * A Safe operation did not go through, and the UI must say why:
 * - `operation/failed`: IBEx executed it and it ended FAILED on chain (funds did not move).
 * - `operation/expired`: the prepared intent (or its swap quote, or its nonce) expired before it
 *   ran; nothing moved. Submit again to prepare a new one (the kit never does it by itself).
 * - `operation/intent-used`: this intent was already executed (410): never send it twice.
 * - `operation/outcome-unknown`: the execute request got no answer (offline, timeout) or a 5xx. It may
 *   or may not have run, so the kit does not resend it: look `userOpHash` up (operation status,
 *   or the user's operations history) before offering to try again.
 * - `operation/signer-unsupported`: this session's sign-in method cannot sign operations here.
 * - `operation/aborted`: the caller cancelled the run before anything was executed.
 *
 * @example
 * if (error instanceof IbexOperationError && error.code === 'operation/outcome-unknown') {
 *   showLookup(error.userOpHash) // e.g. useOperationStatus(error.userOpHash)
 * }
 */
export class IbexOperationError extends IbexError {
  override name = 'IbexOperationError' as const
  declare readonly code: IbexOperationErrorCode
  /** The operation's hash, when it was prepared (for `useOperationStatus` or the history). */
  readonly userOpHash: Hex | undefined
  readonly batchId: string | undefined
  /** On-chain transaction of a FAILED operation, when IBEx gave one. */
  readonly transactionHash: Hex | undefined

  constructor(parameters: {
    code: IbexOperationErrorCode
    message: string
    userOpHash?: Hex | undefined
    batchId?: string | undefined
    transactionHash?: Hex | undefined
    details?: string | undefined
    cause?: unknown
  }) {
    const { code, message, userOpHash, batchId, transactionHash, details, cause } = parameters
    super(message, {
      code,
      details,
      cause,
      metaMessages: userOpHash ? [`userOpHash: ${userOpHash}`] : undefined,
      docsPath: 'moving-funds',
    })
    this.userOpHash = userOpHash
    this.batchId = batchId
    this.transactionHash = transactionHash
  }
}
