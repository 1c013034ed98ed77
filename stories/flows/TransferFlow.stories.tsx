import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { BalancesList } from '../support/BalancesList.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { SecondUserPanel } from '../support/SecondUserPanel.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { TransferForm } from '../support/TransferForm.tsx'
import { waitForBalance } from '../support/waitForBalance.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * A transfer in a few lines: after a passkey sign-up, the balances and a form on `useTransfer`
 * whose `stage` is announced as it moves. The mock panel signs up a second user to pay.
 */
function TransferApp(): ReactNode {
  return (
    <PasskeyWallet>
      <BalancesList />
      <TransferForm />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Transfer',
  component: TransferApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout
      panel={
        <MockPanel>
          <SecondUserPanel />
        </MockPanel>
      }
    >
      <TransferApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof TransferApp>

export default meta
type Story = StoryObj<typeof meta>

/** Fills the transfer form and presses Send. */
async function send(canvasElement: HTMLElement, to: string, amount: string, symbol: string) {
  const canvas = within(canvasElement)
  await userEvent.type(canvas.getByLabelText('Recipient address'), to)
  const token = canvas.getByLabelText('Token')
  const option = within(token).getByRole('option', { name: new RegExp(`^${symbol} `) })
  await userEvent.selectOptions(token, option)
  await userEvent.type(canvas.getByLabelText('Amount'), amount)
  await userEvent.click(canvas.getByRole('button', { name: 'Send' }))
}

/**
 * Passkey sign-up → 12.5 EUR-IBEX to a second mock user: the stage goes `validating` → … →
 * `confirmed` (signed by the software authenticator), the balance drops to 87.5 and the
 * recipient's rises to 112.5.
 */
export const Transfer: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    let recipient = ''

    await step('Sign up, and a second user to pay', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
      await userEvent.click(canvas.getByRole('button', { name: 'Create a second user' }))
      const safe = await canvas.findByTestId('second-user-safe', {}, { timeout: 5000 })
      recipient = safe.textContent ?? ''
    })

    await step('Send 12.5 EUR-IBEX: every stage, then confirmed', async () => {
      await send(canvasElement, recipient, '12.5', 'EUR-IBEX')
      await waitFor(
        () =>
          expect(canvas.getByText(/^Sent 12\.5 EUR-IBEX to 0x/)).toHaveAttribute(
            'data-stage',
            'confirmed',
          ),
        { timeout: 10_000 },
      )
      // Stages that pass within one render (signing, with the software authenticator) may
      // not show: the trail has at least one before `confirmed`.
      await expect(canvas.getByTestId('stage-trail')).toHaveTextContent(
        /^Stages: [a-z]+( → [a-z]+)* → confirmed$/,
      )
    })

    await step('Both balances moved', async () => {
      await waitForBalance(canvasElement, '87.5', 'EUR-IBEX')
      await waitFor(() =>
        expect(canvas.getByTestId('second-user-balance')).toHaveTextContent('112.5 EUR-IBEX'),
      )
    })
  },
}

/**
 * More than the Safe holds: `useTransfer` refuses before anything is prepared or signed
 * (`validation/amount-exceeds-balance`), in an alert; the balance is unchanged.
 */
export const NotEnoughFunds: Story = {
  name: 'Not enough funds',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await signUpInPlay(canvasElement)
    await waitForBalance(canvasElement, '100', 'USD-IBEX')
    await send(canvasElement, '0x000000000000000000000000000000000000dEaD', '250', 'USD-IBEX')
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 })
    await expect(alert).toHaveAttribute('data-error-code', 'validation/amount-exceeds-balance')
    await expect(canvas.getByTestId('stage-trail')).toHaveTextContent(/failed$/)
    await waitForBalance(canvasElement, '100', 'USD-IBEX')
  },
}
