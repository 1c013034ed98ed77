import * as v from 'valibot'
import { numberishSchema } from './numberishSchema.ts'

const count = v.nullish(v.pipe(numberishSchema, v.integer(), v.minValue(0)))

/**
 * IBEx's pagination fields (`total`, `page`, `limit`, `totalPages`), each optional, to spread
 * into a `v.looseObject` of a paginated block.
 *
 * @example
 * const pageSchema = v.looseObject({ ...pageFieldsEntries, data: v.array(itemSchema) })
 */
export const pageFieldsEntries = {
  total: count,
  page: count,
  limit: count,
  totalPages: count,
}
