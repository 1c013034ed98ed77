import * as v from 'valibot'
import type { IbexRecoveryOperation, IbexRecoveryStatus } from '../parse/IbexRecoveryStatus.ts'
import { addressSchema } from './addressSchema.ts'
import { hexHashSchema } from './hexHashSchema.ts'
import { lenient } from './lenient.ts'

const operationSchema = v.pipe(
  v.looseObject({
    userOpHash: hexHashSchema,
    transactionHash: lenient(hexHashSchema),
    status: v.string(),
    createdAt: lenient(v.string()),
    updatedAt: lenient(v.string()),
  }),
  v.transform((entry): IbexRecoveryOperation => ({
    userOpHash: entry.userOpHash,
    transactionHash: entry.transactionHash ?? undefined,
    status: entry.status,
    createdAt: entry.createdAt ?? undefined,
    updatedAt: entry.updatedAt ?? undefined,
  })),
)

const operationsSchema = v.fallback(v.array(operationSchema), [])

/**
 * The body of `GET /v1.2/recovery/status/:safeAddress` (docs/protocol.md), read as
 * `IbexRecoveryStatus`: `safeAddress` and `recoveryEnabled` are required; `null`s read as
 * `undefined`, missing flags as `false`, missing lists as empty.
 *
 * @example
 * const status = v.parse(recoveryStatusSchema, json)
 */
export const recoveryStatusSchema = v.pipe(
  v.looseObject({
    safeAddress: addressSchema,
    recoveryEnabled: v.boolean(),
    recoveryAddress: lenient(addressSchema),
    delay: lenient(v.number()),
    pendingRecovery: lenient(v.boolean()),
    canExecute: lenient(v.boolean()),
    executeAfter: lenient(v.string()),
    dataRecovery: lenient(v.boolean()),
    pending: operationsSchema,
    executed: operationsSchema,
    userOpHash: lenient(hexHashSchema),
    transactionHash: lenient(hexHashSchema),
  }),
  v.transform((body): IbexRecoveryStatus => ({
    safeAddress: body.safeAddress,
    recoveryEnabled: body.recoveryEnabled,
    recoveryAddress: body.recoveryAddress ?? undefined,
    delay: body.delay ?? undefined,
    pendingRecovery: body.pendingRecovery ?? false,
    canExecute: body.canExecute ?? false,
    executeAfter: body.executeAfter ?? undefined,
    dataRecovery: body.dataRecovery ?? false,
    pending: body.pending,
    executed: body.executed,
    userOpHash: body.userOpHash ?? undefined,
    transactionHash: body.transactionHash ?? undefined,
  })),
)
