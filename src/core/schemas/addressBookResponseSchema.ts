import * as v from 'valibot'
import { contactSchema } from './contactSchema.ts'

/**
 * The body of `GET /v1.2/users/me/addressbook` , `{ success, data: [entry] }`,
 * read as `IbexContact[]`.
 *
 * @example
 * const contacts = v.parse(addressBookResponseSchema, json)
 */
export const addressBookResponseSchema = v.pipe(
  v.looseObject({ data: v.array(contactSchema) }),
  v.transform((body) => body.data),
)
