import * as v from 'valibot'

/**
 * A string with at least one character (tokens, challenges, ids).
 *
 * @example
 * v.object({ access_token: nonEmptyStringSchema })
 */
export const nonEmptyStringSchema = v.pipe(
  v.string(),
  v.minLength(1, 'Expected a non-empty string.'),
)
