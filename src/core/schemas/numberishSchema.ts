import * as v from 'valibot'

/**
 * A number that IBEx may also send as a numeric string (`price_*`, `apy`, `tvl`, `decimals` in
 * some shapes); the output is a number.
 *
 * @example
 * v.parse(numberishSchema, '1.1797') // 1.1797
 */
export const numberishSchema = v.union(
  [
    v.pipe(v.number(), v.finite()),
    v.pipe(v.string(), v.trim(), v.regex(/^-?\d+(\.\d+)?$/), v.transform(Number)),
  ],
  'Expected a number (or a numeric string).',
)
