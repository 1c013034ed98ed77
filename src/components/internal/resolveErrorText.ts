/**
 * The text to show for a component's `error` prop: a non-empty string as is, `true` as the
 * component's default message, anything else as no error.
 *
 * @example
 * resolveErrorText(true, messages.error) // 'Incorrect PIN.'
 */
export function resolveErrorText(
  error: string | boolean | undefined,
  defaultMessage: string,
): string | undefined {
  if (typeof error === 'string') return error === '' ? undefined : error
  return error ? defaultMessage : undefined
}
