import * as v from 'valibot'
import { chainIdSchema } from './chainIdSchema.ts'
import { pageFieldsEntries } from './pageFieldsEntries.ts'
import { transactionItemSchema } from './transactionItemSchema.ts'

const items = v.nullish(v.array(transactionItemSchema))

const chainPageSchema = v.looseObject({ ...pageFieldsEntries, data: items })

/**
 * Every documented body of `GET /users/me/transactions` (docs/protocol.md) in one loose
 * schema: the aggregated `crypto.transactions[chainId] = page`, the flat `crypto = { blockchainId,
 * …page, data, chains[] }` (also the `/users/me` section), the body scoped to a `walletAddress`
 * (the page at the top level), and the `fiat` block of `scope=mixed|fiat`.
 *
 * @example
 * const body = v.parse(transactionsResponseSchema, json)
 */
export const transactionsResponseSchema = v.looseObject({
  type: v.nullish(v.string()),
  timestamp: v.nullish(v.string()),
  prices_available: v.nullish(v.boolean()),
  crypto: v.nullish(
    v.looseObject({
      timestamp: v.nullish(v.string()),
      prices_available: v.nullish(v.boolean()),
      transactions: v.nullish(v.record(v.string(), chainPageSchema)),
      blockchainId: v.nullish(chainIdSchema),
      ...pageFieldsEntries,
      data: items,
      chains: v.nullish(
        v.array(
          v.looseObject({
            blockchainId: chainIdSchema,
            total: v.nullish(v.number()),
          }),
        ),
      ),
    }),
  ),
  fiat: v.nullish(v.looseObject({ ...pageFieldsEntries, data: v.nullish(v.array(v.unknown())) })),
  identifier: v.nullish(v.string()),
  blockchainId: v.nullish(chainIdSchema),
  ...pageFieldsEntries,
  data: items,
})

/** A validated transactions body. */
export type TransactionsResponseBody = v.InferOutput<typeof transactionsResponseSchema>
