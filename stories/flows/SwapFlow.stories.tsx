import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { SwapForm } from '../../src/components/SwapForm/SwapForm.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { storyWalletMessages } from '../support/storyWalletMessages.ts'
import { balanceIn, waitForBalance } from '../support/waitForBalance.ts'
import { WalletBalances } from '../support/WalletBalances.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/** Props of {@link SwapApp}. */
interface SwapAppProps {
  /** `useSwapQuote`'s margin: how long before a quote expires the kit asks for a new one. */
  refreshBeforeExpiryMs: number
}

/**
 * A swap app: a passkey sign-up, the kit's `BalanceList` and `SwapForm` (live quote with rate,
 * minimum received and countdown, re-quoted before it expires; progress and explorer link).
 */
function SwapApp({ refreshBeforeExpiryMs }: SwapAppProps): ReactNode {
  return (
    <PasskeyWallet>
      <WalletBalances />
      <SwapForm refreshBeforeExpiryMs={refreshBeforeExpiryMs} tracking={storyOperationTracking} />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Swap',
  component: SwapApp,
  decorators: [withIbexProvider],
  argTypes: {
    refreshBeforeExpiryMs: {
      control: { type: 'number', min: 0, max: 19_000, step: 1_000 },
      description:
        'How long before a quote expires `useSwapQuote` asks for a new one (the kit’s default is 15 000 ms). Quotes of the story’s mock live 20 s.',
    },
  },
  args: { refreshBeforeExpiryMs: 17_000 },
  render: (args) => (
    <FlowLayout panel={<MockPanel />}>
      <SwapApp {...args} />
    </FlowLayout>
  ),
} satisfies Meta<typeof SwapApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → a quote for 10 EUR-IBEX in USD-IBEX, counting down; the hook re-quotes it
 * 17 s before its expiry (quotes live 20 s here), without a new announcement at the same price;
 * "Swap" executes the quote on screen, and the balances follow.
 */
export const SwapWithQuoteCountdown: Story = {
  name: 'Swap with quote countdown',
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'swapForm')
    const quoteId = () =>
      canvasElement.querySelector('[data-part="countdown"]')?.getAttribute('data-quote-id') ?? ''

    await step('Sign up', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
    })

    let firstQuote = ''
    await step('Quote 10 EUR-IBEX in USD-IBEX: a countdown', async () => {
      const pick = async (label: string, symbol: string) => {
        const select = canvas.getByLabelText(label)
        const option = within(select)
          .getAllByRole('option')
          .find((candidate) => candidate.textContent?.startsWith(`${symbol} `))
        if (!option) throw new Error(`No ${symbol}`)
        await userEvent.selectOptions(select, option)
      }
      await pick(text.sellLabel, 'EUR-IBEX')
      await pick(text.buyLabel, 'USD-IBEX')
      await userEvent.type(canvas.getByLabelText(text.amountLabel), '10')
      const quote = canvasElement.querySelector('[data-part="quote"]')
      await waitFor(() => expect(quote).toHaveAttribute('data-state', 'ready'), { timeout: 5000 })
      firstQuote = quoteId()
      await expect(firstQuote).not.toBe('')
    })

    await step('Re-quoted before it expires', async () => {
      await waitFor(() => expect(quoteId()).not.toBe(firstQuote), { timeout: 8000 })
    })

    await step('Swap: confirmed, and the balances follow', async () => {
      const button = canvas.getByRole('button', { name: text.submit })
      await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 5000 })
      await userEvent.click(button)
      await waitFor(
        () =>
          expect(canvasElement.querySelector('.ibex-swap-form')).toHaveAttribute(
            'data-state',
            'success',
          ),
        { timeout: 10_000 },
      )
      await waitForBalance(canvasElement, '90', 'EUR-IBEX')
      await waitFor(() => expect(Number(balanceIn(canvasElement, 'USD-IBEX'))).toBeGreaterThan(100))
    })
  },
}
