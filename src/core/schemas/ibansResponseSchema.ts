import * as v from 'valibot'
import { ibanSchema } from './ibanSchema.ts'

/**
 * `GET /v1.2/sepa/iban` (docs/protocol.md "SEPA and IBANs"): `{ success, data: [iban] }`, read as
 * `IbexIban[]`.
 *
 * @example
 * const ibans = v.parse(ibansResponseSchema, json)
 */
export const ibansResponseSchema = v.pipe(
  v.looseObject({ data: v.array(ibanSchema) }),
  v.transform((body) => body.data),
)
