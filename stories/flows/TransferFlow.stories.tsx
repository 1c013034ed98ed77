import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { TransferForm } from '../../src/components/TransferForm/TransferForm.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { SecondUserPanel } from '../support/SecondUserPanel.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { storyWalletMessages } from '../support/storyWalletMessages.ts'
import { waitForBalance } from '../support/waitForBalance.ts'
import { WalletBalances } from '../support/WalletBalances.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * A transfer in a few lines: after a passkey sign-up, the kit's `BalanceList` and
 * `TransferForm` (checks, signer, progress by step, explorer link). The mock panel signs up a
 * second user to pay.
 */
function TransferApp(): ReactNode {
  return (
    <PasskeyWallet>
      <WalletBalances />
      <TransferForm tracking={storyOperationTracking} />
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

type Globals = Record<string, unknown>

/** Fills the transfer form (labels in the story's locale) and presses its submit button. */
async function send(
  canvasElement: HTMLElement,
  globals: Globals,
  to: string,
  amount: string,
  symbol: string,
) {
  const canvas = within(canvasElement)
  const text = storyWalletMessages({ globals }, 'transferForm')
  const form = canvasElement.querySelector('.ibex-transfer-form')
  await waitFor(() => expect(form).toHaveAttribute('data-state', 'idle'), { timeout: 5000 })
  await userEvent.type(canvas.getByLabelText(text.recipientLabel), to)
  const token = canvas.getByLabelText(text.tokenLabel)
  const option = within(token)
    .getAllByRole('option')
    .find((candidate) => candidate.textContent?.startsWith(`${symbol} `))
  if (!option) throw new Error(`No ${symbol} to send`)
  await userEvent.selectOptions(token, option)
  await userEvent.type(canvas.getByLabelText(text.amountLabel), amount)
  await userEvent.click(canvas.getByRole('button', { name: text.submit }))
}

/**
 * Passkey sign-up → 12.5 EUR-IBEX to a second mock user: the steps go CREATED → SIGNED →
 * EXECUTED → CONFIRMED (signed by the software authenticator), the balance drops to 87.5 and
 * the recipient's rises to 112.5.
 */
export const Transfer: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement)
    let recipient = ''

    await step('Sign up, and a second user to pay', async () => {
      await signUpInPlay(canvasElement)
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
      await userEvent.click(canvas.getByRole('button', { name: 'Create a second user' }))
      const safe = await canvas.findByTestId('second-user-safe', {}, { timeout: 5000 })
      recipient = safe.textContent ?? ''
    })

    await step('Send 12.5 EUR-IBEX: every step, then confirmed', async () => {
      await send(canvasElement, globals, recipient, '12.5', 'EUR-IBEX')
      const progress = canvasElement.querySelector('.ibex-transfer-form .ibex-operation-progress')
      await waitFor(() => expect(progress).toHaveAttribute('data-state', 'success'), {
        timeout: 10_000,
      })
      const steps = [...(progress?.querySelectorAll('[data-part="step"]') ?? [])]
      await expect(steps.map((step) => step.getAttribute('data-status'))).toEqual([
        'done',
        'done',
        'done',
        'done',
      ])
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
 * More than the Safe holds: the form refuses at the amount before anything is prepared or
 * signed, saying how much there is; the balance is unchanged.
 */
export const NotEnoughFunds: Story = {
  name: 'Not enough funds',
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await signUpInPlay(canvasElement)
    await waitForBalance(canvasElement, '100', 'USD-IBEX')
    await send(
      canvasElement,
      globals,
      '0x000000000000000000000000000000000000dEaD',
      '250',
      'USD-IBEX',
    )
    const amount = canvas.getByLabelText(text.amountLabel)
    await expect(amount).toHaveAttribute('aria-invalid', 'true')
    await expect(amount).toHaveAccessibleDescription(new RegExp(text.errorAmountExceeds))
    await waitForBalance(canvasElement, '100', 'USD-IBEX')
  },
}
