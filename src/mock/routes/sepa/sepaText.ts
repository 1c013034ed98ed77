import { MockHttpError } from '../../errors/MockHttpError.ts'

/**
 * An optional text field of a SEPA body, trimmed (`required` makes it 400 when missing or
 * blank; `max` caps its length, else 400 naming the field).
 *
 * @example
 * const reference = sepaText(body, 'reference', { required: true, max: 35 })
 */
export function sepaText(
  body: Record<string, unknown>,
  key: string,
  options: { required?: boolean; max?: number } = {},
): string | undefined {
  const value = body[key]
  if (value === undefined || value === null) {
    if (options.required) throw new MockHttpError('VALIDATION', `${key} is required`)
    return undefined
  }
  if (typeof value !== 'string' || (options.required && value.trim() === '')) {
    throw new MockHttpError('VALIDATION', `${key} must be non-empty text`)
  }
  if (options.max !== undefined && value.length > options.max) {
    throw new MockHttpError('VALIDATION', `${key} must be at most ${options.max} characters`)
  }
  return value.trim()
}
