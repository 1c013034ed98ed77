/**
 * Whether `value` is a plain JSON object (not `null`, not an array), to pick a shape variant
 * before validating it.
 *
 * @example
 * if (isRecord(body) && 'identifier' in body) parseScoped(body)
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
