/**
 * The class names of a form field's parts, from the form's `part()` (kit class plus the app's).
 *
 * @example
 * <AmountField classNames={fieldParts(part)} … />
 */
export function fieldParts(
  part: (name: 'field' | 'label' | 'input' | 'select' | 'hint' | 'fieldError') => string,
): {
  field: string
  label: string
  input: string
  select: string
  hint: string
  fieldError: string
} {
  return {
    field: part('field'),
    label: part('label'),
    input: part('input'),
    select: part('select'),
    hint: part('hint'),
    fieldError: part('fieldError'),
  }
}
