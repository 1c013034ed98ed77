import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/**
 * Refuses, before any request, a contact field that is not text of 1–`max` characters once
 * trimmed (`validation/<field>-required`, `validation/<field>-too-long`); `undefined` passes
 * unless `required`. Returns the trimmed text.
 *
 * @example
 * const name = assertContactText(parameters.name, 'name', { required: true })
 */
export function assertContactText(
  value: unknown,
  field: 'name' | 'label' | 'remittanceInfo',
  options: { required?: boolean; max?: number } = {},
): string | undefined {
  if (value === undefined && !options.required) return undefined
  const text = typeof value === 'string' ? value.trim() : ''
  if (text === '') {
    throw new IbexValidationError({
      code: `validation/${field}-required`,
      field,
      message: `\`${field}\` must be non-empty text.`,
    })
  }
  const max = options.max ?? 120
  if (text.length > max) {
    throw new IbexValidationError({
      code: `validation/${field}-too-long`,
      field,
      message: `\`${field}\` must be at most ${max} characters.`,
    })
  }
  return text
}
