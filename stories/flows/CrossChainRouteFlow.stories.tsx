import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId, useState, type FormEvent, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { BalanceList } from '../../src/components/BalanceList/BalanceList.tsx'
import { formatTokenAmount } from '../../src/components/internal/format/formatTokenAmount.ts'
import { formatMessage } from '../../src/components/internal/messages/formatMessage.ts'
import { resolveWalletMessages } from '../../src/components/internal/messages/wallet/resolveWalletMessages.ts'
import { OperationProgress } from '../../src/components/OperationProgress/OperationProgress.tsx'
import { decimalToBaseUnits } from '../../src/core/utils/decimalToBaseUnits.ts'
import { findToken } from '../../src/mock/wallet/findToken.ts'
import { useIbexLocale } from '../../src/react/hooks/useIbexLocale.ts'
import { useRoute } from '../../src/react/hooks/useRoute.ts'
import { useRouteCapabilities } from '../../src/react/hooks/useRouteCapabilities.ts'
import { useRouteQuote } from '../../src/react/hooks/useRouteQuote.ts'
import { useRouteStatus } from '../../src/react/hooks/useRouteStatus.ts'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { storyFeatureMessages } from '../support/storyFeatureMessages.ts'
import { storyLocale } from '../support/storyMessages.ts'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { waitForBalance } from '../support/waitForBalance.ts'
import { WalletBalances } from '../support/WalletBalances.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

// The mock's catalogue: EUR-IBEX on Arbitrum Sepolia (the session's chain) → EURe on Gnosis.
const SOURCE = { chainId: 421614, name: 'Arbitrum Sepolia', token: findToken(421614, 'EUR-IBEX')! }
const DESTINATION = { chainId: 100, name: 'Gnosis', token: findToken(100, 'EURe')! }
// A route's statuses in order; the stepper shows the last three (OperationProgress above it
// already shows the source leg being prepared, signed and sent).
const ORDER = [
  'CREATED',
  'SOURCE_PREPARED',
  'SOURCE_SUBMITTED',
  'SOURCE_CONFIRMED',
  'DEST_PENDING',
  'DEST_COMPLETED',
] as const
const STAGES = ['SOURCE_CONFIRMED', 'DEST_PENDING', 'DEST_COMPLETED'] as const

/** Where each shown stage stands: reached ones done (DEST_PENDING is ongoing), then the next. */
function stageStatuses(status: string | undefined): ('done' | 'current' | 'upcoming' | 'failed')[] {
  const reached = ORDER.indexOf(status as (typeof ORDER)[number])
  const done = STAGES.map((stage) => {
    const position = ORDER.indexOf(stage)
    return position < reached || (position === reached && stage !== 'DEST_PENDING')
  })
  const next = done.indexOf(false)
  return done.map((isDone, index) =>
    isDone ? 'done' : index !== next ? 'upcoming' : status === 'FAILED' ? 'failed' : 'current',
  )
}

/**
 * A cross-chain route in the wallet components' look: `useRouteCapabilities` for the pair,
 * `useRouteQuote` as the amount is typed, `useRoute` (a passkey confirmation, the source leg's
 * steps in `OperationProgress`), then `useRouteStatus` through the stages until the funds
 * arrive on Gnosis, whose `BalanceList` refreshes.
 */
function RoutePanel(): ReactNode {
  const locale = useIbexLocale()
  const t = storyFeatureMessages(locale).route
  const progress = resolveWalletMessages('operationProgress', locale)
  const stepText = {
    done: progress.stepDone,
    current: progress.stepCurrent,
    upcoming: progress.stepUpcoming,
  }
  const id = useId()
  const [amount, setAmount] = useState('')
  const capabilities = useRouteCapabilities({
    sourceChainId: SOURCE.chainId,
    destinationChainId: DESTINATION.chainId,
  })
  const quote = useRouteQuote({
    sellToken: SOURCE.token.address,
    buyToken: DESTINATION.token.address,
    amount,
    destinationChainId: DESTINATION.chainId,
    refreshBeforeExpiryMs: 5_000,
  })
  const route = useRoute({ tracking: storyOperationTracking })
  const routeId = route.variables?.quote.routeId
  const status = useRouteStatus(routeId, { intervalMs: 500 })
  const unsupported = capabilities.data?.mode === 'UNSUPPORTED'
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (quote.data) route.mutate({ quote: quote.data })
  }
  const stepStatuses = stageStatuses(status.data?.status)
  const buyAmount = quote.data?.buyAmount
  // IBEx's decimal string, written the way the reader's language writes numbers.
  const receiveAmount =
    buyAmount === undefined
      ? undefined
      : formatTokenAmount(
          decimalToBaseUnits(buyAmount, DESTINATION.token.decimals),
          DESTINATION.token.decimals,
          locale ?? 'en',
          'form',
        ).text
  return (
    <form
      noValidate
      className="ibex-root ibex-wallet"
      aria-labelledby={`${id}-title`}
      aria-busy={route.isPending || undefined}
      onSubmit={submit}
    >
      <p id={`${id}-title`} data-part="title">
        {t.title}
      </p>
      <p data-part="note">
        {t.from}: {SOURCE.token.symbol}, {SOURCE.name} · {t.to}: {DESTINATION.token.symbol},{' '}
        {DESTINATION.name}
      </p>
      {unsupported && <p role="alert">{t.unsupported}</p>}
      <div data-part="field">
        <label htmlFor={`${id}-amount`} data-part="label">
          {t.amount}
        </label>
        <input
          id={`${id}-amount`}
          className="ibex-input"
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
        />
      </div>
      <p data-part="hint" aria-live="polite" data-quote={quote.data ? 'ready' : 'none'}>
        {quote.data && receiveAmount !== undefined
          ? formatMessage(t.receive, {
              amount: receiveAmount,
              symbol: DESTINATION.token.symbol,
              chain: DESTINATION.name,
            })
          : quote.isFetching
            ? t.quoting
            : ''}
      </p>
      <OperationProgress stage={route.stage} transactionHash={route.data?.transactionHash} />
      {/* The route's stages in the kit's stepper (OperationProgress's parts and classes): that
          component knows an operation's four steps, not a route's. */}
      <div
        className="ibex-wallet ibex-operation-progress"
        data-part="root"
        data-state={
          status.data?.status === 'DEST_COMPLETED'
            ? 'success'
            : status.data?.status === 'FAILED'
              ? 'error'
              : 'pending'
        }
        hidden={!routeId}
      >
        <ol className="ibex-operation-progress__steps" data-part="steps" aria-label={t.title}>
          {STAGES.map((stage, index) => {
            const stepStatus = stepStatuses[index] ?? 'upcoming'
            return (
              <li
                key={stage}
                className="ibex-operation-progress__step"
                data-part="step"
                data-stage={stage}
                data-status={stepStatus}
                aria-current={stepStatus === 'current' ? 'step' : undefined}
              >
                <span
                  className="ibex-operation-progress__marker"
                  data-part="marker"
                  aria-hidden="true"
                />
                <span className="ibex-operation-progress__label" data-part="label">
                  {t.stages[stage]}
                  <span className="ibex-visually-hidden">
                    {stepStatus === 'failed' ? '' : `: ${stepText[stepStatus]}`}
                  </span>
                </span>
              </li>
            )
          })}
        </ol>
        <p
          className="ibex-operation-progress__status"
          data-part="status"
          role="status"
          data-route-status={status.data?.status ?? ''}
        >
          {status.data
            ? (t.stages[status.data.status as keyof typeof t.stages] ?? status.data.status)
            : ''}
        </p>
      </div>
      <button
        type="submit"
        className="ibex-button"
        disabled={!quote.data || unsupported || route.isPending}
      >
        {t.send}
      </button>
    </form>
  )
}

function RouteApp(): ReactNode {
  return (
    <PasskeyWallet>
      <WalletBalances />
      <RoutePanel />
      <BalanceList chainId={DESTINATION.chainId} />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Cross-chain route',
  component: RouteApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout panel={<MockPanel />}>
      <RouteApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof RouteApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → 10 EUR-IBEX on Arbitrum Sepolia quoted in EURe on Gnosis → "Send": one
 * passkey confirmation, the source leg confirmed → the route through SOURCE_CONFIRMED and
 * DEST_PENDING to DEST_COMPLETED → the Gnosis balance shows the EURe.
 */
export const BridgeToGnosis: Story = {
  name: 'Bridge EUR-IBEX to Gnosis',
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement)
    const t = storyFeatureMessages(storyLocale(globals)).route

    await step('Sign up', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
    })

    await step('Quote 10 EUR-IBEX delivered as EURe on Gnosis', async () => {
      await userEvent.type(canvas.getByLabelText(t.amount), '10')
      await waitFor(
        () =>
          expect(canvasElement.querySelector('[data-quote]')).toHaveAttribute(
            'data-quote',
            'ready',
          ),
        { timeout: 5000 },
      )
    })

    await step('Send: the source leg, then the route until the funds arrive', async () => {
      const button = canvas.getByRole('button', { name: t.send })
      await waitFor(() => expect(button).toBeEnabled())
      await userEvent.click(button)
      await waitFor(
        () =>
          expect(canvasElement.querySelector('[data-route-status]')).toHaveAttribute(
            'data-route-status',
            'DEST_COMPLETED',
          ),
        { timeout: 15_000 },
      )
      // Every stage of the route's stepper is done once the funds arrived.
      const stages = [...canvasElement.querySelectorAll('li[data-stage]')]
      await expect(stages.map((stage) => stage.getAttribute('data-status'))).toEqual([
        'done',
        'done',
        'done',
      ])
      await waitForBalance(canvasElement, '90', 'EUR-IBEX')
      await waitForBalance(canvasElement, '9.97', 'EURe', 10_000)
    })
  },
}
