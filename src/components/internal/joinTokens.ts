/**
 * Joins class names or element ids with spaces, skipping empty ones; `undefined` when none is
 * left, so React omits the attribute.
 *
 * @example
 * joinTokens(props['aria-describedby'], errorText && errorId) // 'hint-id r1-error'
 */
export function joinTokens(
  ...tokens: Array<string | false | null | undefined>
): string | undefined {
  return tokens.filter(Boolean).join(' ') || undefined
}
