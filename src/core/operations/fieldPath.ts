/**
 * The name of an input field as errors report it: `amount` for a single operation,
 * `operations[1].amount` inside a batch (`at` is the item's path).
 *
 * @example
 * fieldPath('operations[1]', 'amount') // 'operations[1].amount'
 */
export function fieldPath(at: string, field: string): string {
  return at ? `${at}.${field}` : field
}
