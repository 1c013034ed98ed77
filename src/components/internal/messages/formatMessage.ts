/**
 * Fills `{name}` placeholders of a message; unknown placeholders are left as they are so a
 * mistake in an override stays visible.
 *
 * @example
 * formatMessage('{count} of {length} digits entered', { count: 3, length: 6 }) // '3 of 6 digits entered'
 */
export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = values[name]
    return value === undefined ? placeholder : String(value)
  })
}
