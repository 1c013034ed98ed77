import { checksumAddress } from '../utils/checksumAddress.ts'
import { operationsHistoryResponseSchema } from '../schemas/operationsHistoryResponseSchema.ts'
import type { IbexOperationRecord } from './IbexOperationRecord.ts'
import { parseResponse } from './parseResponse.ts'

/**
 * Parses the body of `GET /users/me/operations` (docs/protocol.md) into one list over every
 * Safe, newest first.
 *
 * @example
 * parseOperationsHistory(json)[0]?.status // 'CONFIRMED'
 */
export function parseOperationsHistory(body: unknown): IbexOperationRecord[] {
  const parsed = parseResponse(
    operationsHistoryResponseSchema,
    body,
    'GET /v1.2/users/me/operations',
  )
  const records = Object.entries(parsed.data).flatMap(([safe, entries]) =>
    entries.map((entry): IbexOperationRecord => {
      const operation = entry.safeOperation
      const error = operation?.error
      return {
        id: String(entry.id),
        safeAddress: checksumAddress(safe),
        chainId: entry.chainId ?? operation?.chainId ?? undefined,
        index: entry.index ?? 0,
        type: entry.type,
        data: entry.data ?? {},
        userOpHash: operation?.userOpHash ?? undefined,
        status: operation?.status ?? undefined,
        transactionHash: operation?.transactionHash ?? undefined,
        error: typeof error === 'string' ? error : (error?.message ?? undefined),
        createdAt: entry.createdAt,
        updatedAt: entry.updatedAt ?? undefined,
      }
    }),
  )
  // Newest first across Safes (each Safe's list already is); a batch keeps its item order.
  return records.sort(
    (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || a.index - b.index,
  )
}
