import { IbexValidationError } from '../../errors/IbexValidationError.ts'

/** What a SEPA text field is, for its error code (`validation/name-required` …). */
export type SepaTextKind = 'name' | 'label' | 'reference' | 'remittanceInfo'

/**
 * A text field of a SEPA request, checked before any request: trimmed, non-empty when
 * `required`, at most `max` characters (`validation/<kind>-required`,
 * `validation/<kind>-too-long`, naming `field`). SEPA caps names at 70 characters and references
 * at 35.
 *
 * @example
 * const holderName = sepaText(parameters.holderName, 'holderName', 'name', { required: true, max: 70 })
 */
export function sepaText(
  value: unknown,
  field: string,
  kind: SepaTextKind,
  options: { required?: boolean; max: number },
): string | undefined {
  if (value === undefined && !options.required) return undefined
  const text = typeof value === 'string' ? value.trim() : ''
  if (text === '') {
    if (kind === 'label') return undefined
    throw new IbexValidationError({
      code: `validation/${kind}-required`,
      field,
      message: `\`${field}\` must be non-empty text.`,
    })
  }
  if (text.length > options.max) {
    throw new IbexValidationError({
      code: `validation/${kind}-too-long`,
      field,
      message: `\`${field}\` must be at most ${options.max} characters.`,
    })
  }
  return text
}
