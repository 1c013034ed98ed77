import * as v from 'valibot'
import type { Address, Hex } from 'viem'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { lenient } from './lenient.ts'
import type { OperationState } from './operationStatusSchema.ts'
import { userOpHashSchema } from './userOpHashSchema.ts'

const itemSchema = v.looseObject({ index: v.optional(v.number()), type: v.optional(v.string()) })

/**
 * `GET /v1.2/safes/operations/batch/:batchId/status`: `status` is IBEx's
 * (`PENDING`, `SIGNED`, `EXECUTED`, `CONFIRMED`, `FAILED` …); `state` folds it into `pending`,
 * `confirmed` or `failed` like an operation's. `safeAddress`, `chainId` and `expiresAt` may be
 * null before the batch is built.
 *
 * @example
 * const batch = v.parse(batchStatusSchema, body)
 * if (batch.state === 'confirmed') show(batch.userOpHash)
 */
export const batchStatusSchema = v.pipe(
  v.looseObject({
    batchId: v.pipe(v.string(), v.minLength(1)),
    safeAddress: lenient(addressSchema),
    chainId: lenient(chainIdSchema),
    status: v.pipe(v.string(), v.minLength(1)),
    userOpHash: lenient(userOpHashSchema),
    operations: lenient(v.array(itemSchema)),
    expiresAt: lenient(v.string()),
  }),
  v.transform((body) => {
    const status = body.status.toUpperCase()
    const state: OperationState =
      status === 'CONFIRMED' ? 'confirmed' : status === 'FAILED' ? 'failed' : 'pending'
    return {
      batchId: body.batchId,
      status,
      state,
      safeAddress: (body.safeAddress ?? undefined) as Address | undefined,
      chainId: body.chainId ?? undefined,
      userOpHash: (body.userOpHash ?? undefined) as Hex | undefined,
      operations: (body.operations ?? []).map((item) => ({ index: item.index, type: item.type })),
      expiresAt: body.expiresAt ?? undefined,
    }
  }),
)

/** A batch's status, normalised. */
export type BatchStatus = v.InferOutput<typeof batchStatusSchema>
