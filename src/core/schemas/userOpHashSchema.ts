import * as v from 'valibot'
import type { Hex } from 'viem'
import { hexHashSchema } from './hexHashSchema.ts'

/**
 * An operation hash (a 4337 `userOpHash` or a 7702 operation key, docs/protocol.md) in lower
 * case, so that hashes compare as strings.
 *
 * @example
 * v.parse(userOpHashSchema, '0x6CDA…') // '0x6cda…'
 */
export const userOpHashSchema = v.pipe(
  hexHashSchema,
  v.transform((hash) => hash.toLowerCase() as Hex),
)
