import * as v from 'valibot'

/**
 * An amount in a token's base units (wei), as IBEx writes transaction `value`s: a string of
 * digits. A safe integer number is accepted too; the output is always a string, never a float.
 *
 * @example
 * v.parse(baseUnitsSchema, '2000000000000000000') // '2000000000000000000'
 */
export const baseUnitsSchema = v.union(
  [
    v.pipe(v.string(), v.trim(), v.regex(/^\d+$/)),
    v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.transform(String)),
  ],
  'Expected an amount in base units (a string of digits).',
)
