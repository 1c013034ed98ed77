import * as v from 'valibot'
import { ibanSchema } from './ibanSchema.ts'

/**
 * The answer of `PUT /v1.2/sepa/iban/add` (docs/protocol.md "SEPA and IBANs"), `{ success, data: {
 * approvalId, approvalHash, iban } }`, read as the new `IbexIban`.
 *
 * @example
 * const iban = v.parse(ibanApprovedSchema, json)
 */
export const ibanApprovedSchema = v.pipe(
  v.looseObject({ data: v.looseObject({ iban: ibanSchema }) }),
  v.transform((body) => body.data.iban),
)
