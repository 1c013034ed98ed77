import type { MockOperationIntent } from '../operations/MockOperationIntent.ts'
import { operationStatusOf } from '../operations/operationStatusOf.ts'

/**
 * `GET /v1.2/safes/operations/:userOpHash/status` (docs/protocol.md).
 *
 * @example
 * buildOperationStatus(intent, mock.now()).status // 'CONFIRMED'
 */
export function buildOperationStatus(
  intent: MockOperationIntent,
  now: number,
): Record<string, unknown> {
  const { status, updatedAt, error } = operationStatusOf(intent, now)
  return {
    userOpHash: intent.userOpHash,
    safeAddress: intent.safeAddress,
    chainId: intent.chainId,
    status,
    transactionHash: intent.transactionHash ?? null,
    createdAt: new Date(intent.createdAt).toISOString(),
    updatedAt: new Date(updatedAt).toISOString(),
    operations: intent.operations.map((operation) => ({
      index: operation.index,
      type: operation.type,
    })),
    error,
  }
}
