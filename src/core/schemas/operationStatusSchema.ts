import * as v from 'valibot'
import { lenient } from './lenient.ts'
import type { Address, Hex } from 'viem'
import { addressSchema } from './addressSchema.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { userOpHashSchema } from './userOpHashSchema.ts'

/** Where an operation stands, as the kit reports it. */
export type OperationState = 'pending' | 'confirmed' | 'failed'

const itemSchema = v.looseObject({ index: v.optional(v.number()), type: v.optional(v.string()) })

/**
 * `GET /v1.2/safes/operations/:userOpHash/status` (docs/protocol.md), both spellings
 * (`chainId`/`operations` and the Prisma-style `Chains.id`/`Operations`). `status` is
 * IBEx's (`CREATED`, `SIGNED`, `EXECUTED`, `PENDING`, `SUBMITTED`, `CONFIRMED`, `FAILED`);
 * `state` folds it into `pending`, `confirmed` or `failed`.
 *
 * @example
 * const status = v.parse(operationStatusSchema, body)
 * if (status.state === 'confirmed') show(status.transactionHash)
 */
export const operationStatusSchema = v.pipe(
  v.looseObject({
    userOpHash: lenient(userOpHashSchema),
    safeAddress: lenient(addressSchema),
    chainId: lenient(chainIdSchema),
    Chains: lenient(v.looseObject({ id: v.optional(chainIdSchema) })),
    status: v.pipe(v.string(), v.minLength(1)),
    transactionHash: lenient(v.string()),
    error: lenient(v.unknown()),
    operations: lenient(v.array(itemSchema)),
    Operations: lenient(v.array(itemSchema)),
    createdAt: lenient(v.string()),
    updatedAt: lenient(v.string()),
  }),
  v.transform((body) => {
    const status = body.status.toUpperCase()
    const state: OperationState =
      status === 'CONFIRMED' ? 'confirmed' : status === 'FAILED' ? 'failed' : 'pending'
    const error =
      body.error == null
        ? undefined
        : typeof body.error === 'string'
          ? body.error
          : JSON.stringify(body.error)
    const transactionHash = body.transactionHash?.startsWith('0x')
      ? (body.transactionHash as Hex)
      : undefined
    return {
      userOpHash: body.userOpHash ?? undefined,
      status,
      state,
      chainId: body.chainId ?? body.Chains?.id ?? undefined,
      safeAddress: (body.safeAddress ?? undefined) as Address | undefined,
      transactionHash,
      error,
      operations: (body.operations ?? body.Operations ?? []).map((item) => ({
        index: item.index,
        type: item.type,
      })),
      updatedAt: body.updatedAt ?? undefined,
    }
  }),
)

/** An operation's status, normalised. */
export type OperationStatus = v.InferOutput<typeof operationStatusSchema>
