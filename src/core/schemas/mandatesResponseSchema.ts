import * as v from 'valibot'
import { mandateSchema } from './mandateSchema.ts'

/**
 * `GET /v1.2/sepa/mandates` (docs/protocol.md "SEPA and IBANs"): `{ success, data: [mandate] }`, in
 * IBEx's order.
 *
 * @example
 * const mandates = v.parse(mandatesResponseSchema, json)
 */
export const mandatesResponseSchema = v.pipe(
  v.looseObject({ data: v.array(mandateSchema) }),
  v.transform((body) => body.data),
)
