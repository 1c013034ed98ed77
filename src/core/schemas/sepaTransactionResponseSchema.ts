import * as v from 'valibot'
import { sepaTransactionSchema } from './sepaTransactionSchema.ts'

/**
 * `GET /v1.2/sepa/transactions/:id` (docs/protocol.md "SEPA and IBANs"): `{ success, data }`, the
 * transaction (its `sepaMessage` is kept as IBEx sent it, in `sepaMessage`).
 *
 * @example
 * const transaction = v.parse(sepaTransactionResponseSchema, json)
 */
export const sepaTransactionResponseSchema = v.pipe(
  v.looseObject({
    data: v.pipe(
      v.looseObject({ sepaMessage: v.optional(v.unknown()) }),
      v.transform((data) => data as Record<string, unknown>),
    ),
  }),
  v.transform((body) => ({
    ...v.parse(sepaTransactionSchema, body.data),
    sepaMessage: body.data.sepaMessage,
  })),
)
