import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { formatUnits } from 'viem'
import { flattenBalances, type IbexBalanceRow } from '../../src/core/parse/flattenBalances.ts'
import { balancesQueryOptions } from '../../src/query/balancesQueryOptions.ts'
import { useBalances } from '../../src/react/hooks/useBalances.ts'
import { useIbexClient } from '../../src/react/hooks/useIbexClient.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { RealtimeStatusText } from '../support/RealtimeStatusText.tsx'
import { SecondUserPanel } from '../support/SecondUserPanel.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { useQueryFetchCount } from '../support/useQueryFetchCount.ts'
import { waitForBalance } from '../support/waitForBalance.ts'
import { WalletBalances } from '../support/WalletBalances.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/** What went up between two lists of balances, as a sentence ('' when nothing did). */
function receivedText(before: IbexBalanceRow[], after: IbexBalanceRow[]): string {
  const gains = after.flatMap((row) => {
    const old = before.find((candidate) => candidate.token.address === row.token.address)
    const gain = row.balanceBaseUnits - (old?.balanceBaseUnits ?? 0n)
    if (gain <= 0n) return []
    const amount = formatUnits(gain, row.token.decimals)
    return [`${amount} ${row.token.symbol} (now ${row.balance})`]
  })
  return gains.length === 0 ? '' : `Received ${gains.join(', ')}.`
}

/**
 * Says politely what arrived when the balances go up: the one announcement a pushed balance
 * deserves (the list itself is not a live region).
 */
function ReceivedAnnouncer(): ReactNode {
  const { user } = useSession()
  const { data: rows } = useBalances({
    chainId: user?.chainId,
    query: { select: flattenBalances },
  })
  const [seen, setSeen] = useState(rows)
  const [message, setMessage] = useState('')
  if (rows !== seen) {
    setSeen(rows)
    if (seen && rows) setMessage(receivedText(seen, rows) || message)
  }
  return (
    <p role="status" data-testid="received" style={{ margin: 0, minHeight: '1.5em' }}>
      {message}
    </p>
  )
}

/**
 * How many HTTP requests the balances took (the shared `{ chainId }` entry). Mounted before
 * the list, so it sees the first one.
 */
function BalanceRequests(): ReactNode {
  const client = useIbexClient()
  const { user } = useSession()
  const { queryKey } = balancesQueryOptions(client, { chainId: user?.chainId })
  const fetches = useQueryFetchCount(queryKey)
  return (
    <p data-testid="balance-fetches" data-count={fetches} style={{ margin: 0 }}>
      Balance requests to IBEx: {fetches}
    </p>
  )
}

/** The mock panel of the story: another user who can pay the signed-in one. */
function LivePanel(): ReactNode {
  const { user } = useSession()
  const safe = user ? user.safeAddresses[String(user.chainId)] : undefined
  return (
    <MockPanel>
      {/* What the story demonstrates, beside the app: the socket's state and the request count. */}
      <RealtimeStatusText />
      {user ? <BalanceRequests /> : null}
      <SecondUserPanel payTo={safe} />
    </MockPanel>
  )
}

/**
 * Live balances: `<IbexProvider>` keeps a WebSocket open for the signed-in user (`realtime`,
 * on by default in a browser) and writes IBEx's `balance_update` pushes into the cached
 * balances in place; no component asks again.
 */
function LiveApp(): ReactNode {
  return (
    <PasskeyWallet>
      <WalletBalances />
      <ReceivedAnnouncer />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Live balance',
  component: LiveApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout panel={<LivePanel />}>
      <LiveApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof LiveApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → the live updates open → "Send 5 EUR-IBEX from another user" in the mock
 * panel (a second user's signed transfer): the balance goes to 105 EUR-IBEX from the socket's
 * push, with no new request for the balances, and the arrival is announced.
 */
export const LiveBalanceUpdate: Story = {
  name: 'Live balance update',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    let requests = ''

    await step('Sign up: balances, and the live updates open', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
      await waitFor(
        () => expect(canvas.getByTestId('realtime-status')).toHaveAttribute('data-status', 'open'),
        { timeout: 5000 },
      )
      requests = canvas.getByTestId('balance-fetches').dataset.count ?? ''
      await expect(Number(requests)).toBeLessThanOrEqual(1)
    })

    await step('Another user sends 5 EUR-IBEX: pushed, not fetched', async () => {
      await userEvent.click(
        canvas.getByRole('button', { name: 'Send 5 EUR-IBEX from another user' }),
      )
      await waitForBalance(canvasElement, '105', 'EUR-IBEX', 10_000)
      await expect(canvas.getByTestId('received')).toHaveTextContent(
        'Received 5 EUR-IBEX (now 105).',
      )
      await expect(canvas.getByTestId('balance-fetches')).toHaveAttribute('data-count', requests)
      await waitFor(
        () =>
          expect(canvas.getByTestId('second-user-status')).toHaveTextContent(
            'The second user sent you 5 EUR-IBEX.',
          ),
        { timeout: 10_000 },
      )
      await expect(canvas.getByTestId('balance-fetches')).toHaveAttribute('data-count', requests)
    })
  },
}
