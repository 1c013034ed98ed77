import * as v from 'valibot'

/**
 * A chain id, sent by IBEx as a number in some fields and a string in others (docs/protocol.md);
 * the output is always a number.
 *
 * @example
 * v.parse(chainIdSchema, '421614') // 421614
 */
export const chainIdSchema = v.union(
  [
    v.pipe(v.number(), v.integer(), v.minValue(1)),
    v.pipe(v.string(), v.regex(/^\d+$/), v.transform(Number)),
  ],
  'Expected a chain id (a positive integer, as a number or a string).',
)
