import * as v from 'valibot'
import { lenient } from './lenient.ts'
import { userOpHashSchema } from './userOpHashSchema.ts'

/**
 * The answer of `PUT /v1.2/safes/operations` and `PUT …/batch-execute` (docs/protocol.md): the `userOpHash` to track (for 7702, the operation key), plus `batchId` and `status`
 * for a batch and `txHash` / `success` / `walletMode` for an EOA_7702 execution.
 *
 * @example
 * const { userOpHash } = v.parse(operationExecutionSchema, body)
 */
export const operationExecutionSchema = v.looseObject({
  userOpHash: userOpHashSchema,
  batchId: lenient(v.union([v.string(), v.pipe(v.number(), v.transform(String))])),
  status: lenient(v.string()),
  txHash: lenient(v.string()),
  success: lenient(v.boolean()),
  walletMode: lenient(v.string()),
})

/** A validated execution answer. */
export type OperationExecution = v.InferOutput<typeof operationExecutionSchema>
