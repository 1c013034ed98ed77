import { expect, waitFor } from 'storybook/test'

/**
 * The exact balance a `BalanceList` row holds for `symbol` (its amount's `title`: IBEx's decimal
 * string, whatever the locale shows), or `undefined` while there is no such row.
 *
 * @example
 * balanceIn(canvasElement, 'EUR-IBEX') // '87.5'
 */
export function balanceIn(canvasElement: HTMLElement, symbol: string): string | undefined {
  const amount = canvasElement.querySelector(
    `.ibex-balance-list [data-part="row"][data-symbol="${symbol}"] [data-part="amount"]`,
  )
  return amount?.getAttribute('title') ?? undefined
}

/**
 * Waits until the `BalanceList` of the story shows `amount` of `symbol` (e.g. `'87.5', 'EUR-IBEX'`).
 *
 * @example
 * await waitForBalance(canvasElement, '100', 'EUR-IBEX')
 */
export async function waitForBalance(
  canvasElement: HTMLElement,
  amount: string,
  symbol: string,
  timeout = 5000,
): Promise<void> {
  await waitFor(() => expect(balanceIn(canvasElement, symbol)).toBe(amount), { timeout })
}
