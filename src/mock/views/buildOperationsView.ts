import type { MockOperationStatus } from '../operations/MockOperationIntent.ts'
import { operationStatusOf } from '../operations/operationStatusOf.ts'
import type { MockView } from './MockView.ts'

/**
 * `GET /users/me/operations` (docs/protocol.md): the user's operations, newest first, one
 * entry per item of each prepared batch, grouped by Safe; `status`, `limit` and `offset` apply
 * to the entries before grouping.
 *
 * @example
 * buildOperationsView(view, { status: 'CONFIRMED', limit: 20, offset: 0 })
 */
export function buildOperationsView(
  view: MockView,
  query: { status?: MockOperationStatus | undefined; limit: number; offset: number },
): { data: Record<string, unknown[]> } {
  const intents = [...view.tenant.operations.values()]
    .filter((intent) => intent.externalUserId === view.user.externalUserId)
    .sort((a, b) => b.createdAt - a.createdAt)
  const entries = intents.flatMap((intent) => {
    const { status, updatedAt, error } = operationStatusOf(intent, view.now)
    if (query.status && status !== query.status) return []
    const createdAt = new Date(intent.createdAt).toISOString()
    const updated = new Date(updatedAt).toISOString()
    const safeOperation = {
      userOpHash: intent.userOpHash,
      createdAt,
      updatedAt: updated,
      paymaster: 'SPONSORED',
      status,
      error,
      safeAddress: intent.safeAddress,
      transactionHash: intent.transactionHash ?? null,
      signatures:
        intent.signedAt === undefined
          ? []
          : [
              {
                createdAt: new Date(intent.signedAt).toISOString(),
                data: {},
                signerId: intent.signerId,
              },
            ],
    }
    return intent.operations.map((operation) => ({
      safeAddress: intent.safeAddress,
      entry: {
        id: `${intent.batchId}-${operation.index}`,
        createdAt,
        updatedAt: updated,
        index: operation.index,
        type: operation.type,
        data: operation.data,
        safeOperation,
      },
    }))
  })
  const data: Record<string, unknown[]> = {}
  for (const { safeAddress, entry } of entries.slice(query.offset, query.offset + query.limit)) {
    ;(data[safeAddress] ??= []).push(entry)
  }
  return { data }
}
