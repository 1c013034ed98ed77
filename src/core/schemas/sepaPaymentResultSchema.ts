import * as v from 'valibot'
import { lenient } from './lenient.ts'

/**
 * The answer of `PUT /v1.2/sepa/payments` (docs/protocol.md "SEPA and IBANs"): `{ success, data: {
 * approvalId, approvalHash, payment: { success, message, data: { transactionId, reference, status,
 * statusCode } } } }`, flattened.
 *
 * @example
 * const { transactionId, status } = v.parse(sepaPaymentResultSchema, json)
 */
export const sepaPaymentResultSchema = v.pipe(
  v.looseObject({
    data: v.looseObject({
      approvalId: v.string(),
      payment: v.looseObject({
        message: lenient(v.string()),
        data: v.looseObject({
          transactionId: v.pipe(v.union([v.string(), v.number()]), v.transform(String)),
          reference: lenient(v.string()),
          status: lenient(v.string()),
          statusCode: lenient(v.string()),
        }),
      }),
    }),
  }),
  v.transform((body) => ({
    approvalId: body.data.approvalId,
    transactionId: body.data.payment.data.transactionId,
    reference: body.data.payment.data.reference ?? undefined,
    status: body.data.payment.data.status ?? undefined,
    statusCode: body.data.payment.data.statusCode ?? undefined,
    message: body.data.payment.message ?? undefined,
  })),
)

/** A SEPA payment IBEx executed. */
export type SepaPaymentResult = v.InferOutput<typeof sepaPaymentResultSchema>
