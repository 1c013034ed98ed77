/**
 * Keeps the ASCII digits of a typed, pasted or autofilled code ("123 456", "123-456" → "123456"),
 * cut to `maxLength`.
 *
 * @example
 * digitsOnly('Code: 123-456', 6) // '123456'
 */
export function digitsOnly(text: string, maxLength: number): string {
  return text.replace(/[^0-9]/g, '').slice(0, maxLength)
}
