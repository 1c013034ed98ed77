import { expect, waitFor, within } from 'storybook/test'

/**
 * Waits until {@link BalancesList} shows `amount` of `symbol` (e.g. `'87.5', 'EUR-IBEX'`).
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
  const canvas = within(canvasElement)
  await waitFor(
    () => expect(canvas.getByTestId(`balance-${symbol}`)).toHaveTextContent(`${amount} ${symbol}`),
    { timeout },
  )
}
