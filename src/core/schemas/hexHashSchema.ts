import * as v from 'valibot'
import type { Hex } from 'viem'

/**
 * A 32-byte hash (`0x` + 64 hex digits): a transaction hash or a userOpHash.
 *
 * @example
 * v.parse(hexHashSchema, '0x2ef4…') // typed as viem's Hex
 */
export const hexHashSchema = v.custom<Hex>(
  (input) => typeof input === 'string' && /^0x[0-9a-fA-F]{64}$/.test(input),
  'Expected a 32-byte hash (0x and 64 hex digits).',
)
