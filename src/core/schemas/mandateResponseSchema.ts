import * as v from 'valibot'
import { mandateSchema } from './mandateSchema.ts'

/**
 * A mandate write or read (`POST /v1.2/sepa/mandates`, `GET /:id`, `PATCH /:id/status`,
 * `POST /:id/cancel`, docs/protocol.md "SEPA and IBANs"): `{ success, data: mandate }`.
 *
 * @example
 * const mandate = v.parse(mandateResponseSchema, json)
 */
export const mandateResponseSchema = v.pipe(
  v.looseObject({ data: mandateSchema }),
  v.transform((body) => body.data),
)
