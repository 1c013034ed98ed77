import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId, useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { formatUnits, parseUnits } from 'viem'
import { flattenBalances } from '../../src/core/parse/flattenBalances.ts'
import { useBalances } from '../../src/react/hooks/useBalances.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { useSwap } from '../../src/react/hooks/useSwap.ts'
import { useSwapQuote } from '../../src/react/hooks/useSwapQuote.ts'
import { BalancesList } from '../support/BalancesList.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { StageText } from '../support/StageText.tsx'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { TextField } from '../support/TextField.tsx'
import { TokenSelect } from '../support/TokenSelect.tsx'
import { waitForBalance } from '../support/waitForBalance.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/** Props of {@link SwapForm}. */
interface SwapFormProps {
  /** `useSwapQuote`'s margin: how long before a quote expires the kit asks for a new one. */
  refreshBeforeExpiryMs: number
}

/**
 * A swap on `useSwapQuote` and `useSwap`: what to sell, what to buy, how much; the quote with
 * its countdown (`secondsLeft`, shown every second but never announced), re-quoted by the hook
 * before it expires; "Swap" executes the quote on screen. The live region says only what
 * matters: the amount offered (a re-quote at the same price says nothing) and an expiry.
 */
function SwapForm({ refreshBeforeExpiryMs }: SwapFormProps): ReactNode {
  const headingId = useId()
  const { user } = useSession()
  const { data: rows = [] } = useBalances({
    chainId: user?.chainId,
    query: { select: flattenBalances },
  })
  const [sellChoice, setSellChoice] = useState('')
  const [buyChoice, setBuyChoice] = useState('')
  const [amount, setAmount] = useState('')
  const sell = rows.find((row) => row.token.address === sellChoice) ?? rows[0]
  const buy =
    rows.find((row) => row.token.address === buyChoice) ?? rows.find((row) => row !== sell)
  const quote = useSwapQuote({
    sellToken: sell?.token.address,
    buyToken: buy?.token.address,
    amount,
    refreshBeforeExpiryMs,
  })
  const swap = useSwap({ tracking: storyOperationTracking })
  const offer = quote.data

  // The same text after a re-quote at the same price changes nothing, so nothing is announced.
  let announcement = ''
  if (quote.error) {
    // The alert below says it.
  } else if (offer && quote.isExpired) {
    announcement = 'The quote expired. Getting a new one…'
  } else if (offer) {
    announcement = `${offer.sellAmount} ${sell?.token.symbol} → about ${offer.buyAmount} ${buy?.token.symbol} (${offer.provider})`
  } else if (quote.isFetching) {
    announcement = 'Getting a quote…'
  }

  const canSwap = offer !== undefined && !quote.isExpired && !swap.isPending
  const done = swap.data?.operation
  return (
    <form
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault()
        if (canSwap) swap.mutate({ quote: offer, slippage: 0.5 })
      }}
      style={{ display: 'grid', gap: '0.75rem' }}
    >
      <h3 id={headingId} style={{ margin: 0 }}>
        Swap
      </h3>
      <div style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <TokenSelect
          label="Sell"
          rows={rows}
          value={sell?.token.address ?? ''}
          onValueChange={setSellChoice}
        />
        <TokenSelect
          label="Buy"
          rows={rows}
          value={buy?.token.address ?? ''}
          onValueChange={setBuyChoice}
        />
      </div>
      <TextField
        label="Amount to sell"
        inputMode="decimal"
        value={amount}
        onValueChange={setAmount}
      />
      <p role="status" data-testid="quote-summary" style={{ margin: 0, minHeight: '1.5em' }}>
        {announcement}
      </p>
      {offer ? (
        <p data-testid="quote-countdown" data-quote-id={offer.quoteId} style={{ margin: 0 }}>
          Quote {offer.quoteId.slice(0, 8)} valid for {quote.secondsLeft} s
        </p>
      ) : null}
      {quote.error ? (
        <p role="alert" data-error-code={quote.error.code} style={{ margin: 0 }}>
          {quote.error.shortMessage}
        </p>
      ) : null}
      <button type="submit" aria-disabled={!canSwap || undefined}>
        Swap
      </button>
      <StageText
        stage={swap.stage}
        error={swap.error}
        labels={{
          signing: 'Confirm the swap with your passkey…',
          confirmed: done
            ? `Swapped ${done.sellAmount} ${sell?.token.symbol} for ${done.buyAmount} ${buy?.token.symbol}.`
            : undefined,
        }}
      />
    </form>
  )
}

/** A swap app: a passkey sign-up, the balances and the swap form. */
function SwapApp(props: SwapFormProps): ReactNode {
  return (
    <PasskeyWallet>
      <BalancesList />
      <SwapForm {...props} />
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
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    let bought = ''

    await step('Sign up', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
    })

    let firstQuote = ''
    await step('Quote 10 EUR-IBEX in USD-IBEX: a countdown', async () => {
      await userEvent.selectOptions(canvas.getByLabelText('Sell'), 'EUR-IBEX')
      await userEvent.selectOptions(canvas.getByLabelText('Buy'), 'USD-IBEX')
      await userEvent.type(canvas.getByLabelText('Amount to sell'), '10')
      const summary = canvas.getByTestId('quote-summary')
      await waitFor(
        () => expect(summary).toHaveTextContent(/^10 EUR-IBEX → about [\d.]+ USD-IBEX/),
        {
          timeout: 5000,
        },
      )
      bought = /about ([\d.]+)/.exec(summary.textContent ?? '')?.[1] ?? ''
      const countdown = canvas.getByTestId('quote-countdown')
      await expect(countdown).toHaveTextContent(/valid for (1\d|20) s$/)
      firstQuote = countdown.dataset.quoteId ?? ''
    })

    await step('Re-quoted before it expires', async () => {
      await waitFor(
        () => expect(canvas.getByTestId('quote-countdown').dataset.quoteId).not.toBe(firstQuote),
        { timeout: 8000 },
      )
      await expect(canvas.getByTestId('quote-summary')).toHaveTextContent(
        `about ${bought} USD-IBEX`,
      )
    })

    await step('Swap: confirmed, and the balances follow', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Swap' }))
      await waitFor(
        () =>
          expect(canvas.getByText(/^Swapped 10 EUR-IBEX for /)).toHaveAttribute(
            'data-stage',
            'confirmed',
          ),
        { timeout: 10_000 },
      )
      await waitForBalance(canvasElement, '90', 'EUR-IBEX')
      const usd = formatUnits(parseUnits('100', 18) + parseUnits(bought, 18), 18)
      await waitForBalance(canvasElement, usd, 'USD-IBEX')
    })
  },
}
