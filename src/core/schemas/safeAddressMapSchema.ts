import * as v from 'valibot'
import { addressSchema } from './addressSchema.ts'

/**
 * `safeAddress` of auth responses: an object from chain id (as a string) to the Safe address,
 * not a single string (docs/protocol.md).
 *
 * @example
 * v.parse(safeAddressMapSchema, { '421614': '0xd676…' })
 */
export const safeAddressMapSchema = v.record(
  v.pipe(v.string(), v.regex(/^\d+$/, 'Expected a chain id as the key.')),
  addressSchema,
)
