import * as v from 'valibot'
import { isHexAddress } from '../utils/isHexAddress.ts'
import { chainIdSchema } from './chainIdSchema.ts'
import { hexHashSchema } from './hexHashSchema.ts'
import { numberishSchema } from './numberishSchema.ts'

const entrySchema = v.looseObject({
  id: v.union([v.number(), v.string()]),
  createdAt: v.string(),
  updatedAt: v.nullish(v.string()),
  index: v.nullish(numberishSchema),
  type: v.string(),
  data: v.nullish(v.record(v.string(), v.unknown())),
  chainId: v.nullish(chainIdSchema),
  safeOperation: v.nullish(
    v.looseObject({
      userOpHash: v.nullish(v.string()),
      status: v.nullish(v.string()),
      error: v.nullish(v.union([v.string(), v.looseObject({ message: v.nullish(v.string()) })])),
      transactionHash: v.nullish(hexHashSchema),
      paymaster: v.nullish(v.string()),
      chainId: v.nullish(chainIdSchema),
    }),
  ),
})

/**
 * The body of `GET /users/me/operations` (docs/protocol.md): `{ data: { <safeAddress>: [ {
 * id, createdAt, updatedAt, index, type, data, safeOperation: { userOpHash, status, error,
 * transactionHash, … } } ] } }`, newest first.
 *
 * @example
 * const body = v.parse(operationsHistoryResponseSchema, json)
 */
export const operationsHistoryResponseSchema = v.looseObject({
  data: v.optional(
    v.record(
      v.pipe(
        v.string(),
        v.check(
          (key: string) => isHexAddress(key),
          'Expected an EVM address (0x and 40 hex digits).',
        ),
      ),
      v.array(entrySchema),
    ),
    {},
  ),
})

/** A validated operations history body. */
export type OperationsHistoryResponseBody = v.InferOutput<typeof operationsHistoryResponseSchema>
