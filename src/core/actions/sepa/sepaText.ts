import { assertContactText } from '../addressBook/assertContactText.ts'

/**
 * A text field of a SEPA request, checked before any request: trimmed, non-empty when
 * `required`, at most `max` characters (`validation/<field>-required`,
 * `validation/<field>-too-long`). SEPA caps names at 70 characters and references at 35.
 *
 * @example
 * const holderName = sepaText(parameters.holderName, 'holderName', { required: true, max: 70 })
 */
export function sepaText(
  value: unknown,
  field: string,
  options: { required?: boolean; max: number },
): string | undefined {
  return assertContactText(value, field, options)
}
