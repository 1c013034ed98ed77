import type { Address, Hex } from 'viem'
import type { IbexError } from '../errors/IbexError.ts'
import type { OperationSummary } from './OperationSummary.ts'

/**
 * How an executed operation (or batch) ended for the caller: `confirmed`, or still `pending`
 * when tracking stopped first (`pendingReason`), with the `userOpHash` to follow up on
 * (`useOperationStatus`, `trackOperation`). A FAILED operation is an `IbexOperationError`, not a
 * result.
 *
 * @example
 * if (result.status === 'pending') showLater(result.userOpHash)
 */
export type OperationOutcome = {
  status: 'confirmed' | 'pending'
  userOpHash: Hex
  batchId: string
  chainId: number
  safeAddress: Address
  /** The on-chain transaction, once IBEx reports it. */
  transactionHash: Hex | undefined
  /** IBEx's last status (`CONFIRMED`, `EXECUTED` …), when one was read. */
  ibexStatus: string | undefined
  /** Why tracking stopped before an end state (`pending` only). */
  pendingReason?: 'timeout' | 'aborted' | 'error' | undefined
  /** The error tracking could not get past (`pendingReason: 'error'`). */
  trackingError?: IbexError | undefined
}

/**
 * The result of `runOperation`: the outcome and what the operation did (`operation`).
 *
 * @example
 * const { status, operation } = await runOperation(client, { kind: 'transfer', token, to, amount })
 * console.log(status, operation.value) // 'confirmed', 12500000000000000000n
 */
export type OperationResult<TSummary extends OperationSummary = OperationSummary> =
  OperationOutcome & { operation: TSummary }

/**
 * The result of `runBatch`: the outcome and what each operation did, in order.
 *
 * @example
 * const { operations } = await runBatch(client, { operations: [transfer, supply] })
 */
export type BatchResult = OperationOutcome & { operations: OperationSummary[] }
