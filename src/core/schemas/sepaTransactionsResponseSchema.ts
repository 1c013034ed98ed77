import * as v from 'valibot'
import type { IbexSepaTransactionsPage } from '../parse/IbexSepaTransaction.ts'
import { sepaTransactionSchema } from './sepaTransactionSchema.ts'

const count = v.optional(v.number())

/**
 * `GET /v1.2/sepa/transactions` (docs/protocol.md "SEPA and IBANs"): `{ success, data: [...],
 * pagination: { total, page, limit, pages } }`, read as `IbexSepaTransactionsPage` (a missing
 * `pagination` is one page holding what came).
 *
 * @example
 * const { transactions, pagination } = v.parse(sepaTransactionsResponseSchema, json)
 */
export const sepaTransactionsResponseSchema = v.pipe(
  v.looseObject({
    data: v.array(sepaTransactionSchema),
    pagination: v.optional(
      v.looseObject({ total: count, page: count, limit: count, pages: count }),
    ),
  }),
  v.transform((body): IbexSepaTransactionsPage => ({
    transactions: body.data,
    pagination: {
      total: body.pagination?.total ?? body.data.length,
      page: body.pagination?.page ?? 1,
      limit: body.pagination?.limit ?? body.data.length,
      pages: body.pagination?.pages ?? 1,
    },
  })),
)
