import * as v from 'valibot'
import { contactSchema } from './contactSchema.ts'

/**
 * The body of an address-book write that returns the entry (create, update, add a crypto row):
 * `{ success, data: entry }`, or the bare entry.
 *
 * @example
 * const contact = v.parse(contactResponseSchema, json)
 */
export const contactResponseSchema = v.union([
  v.pipe(
    v.looseObject({ data: contactSchema }),
    v.transform((body) => body.data),
  ),
  contactSchema,
])
