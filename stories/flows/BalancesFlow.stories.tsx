import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, within } from 'storybook/test'
import { BalancesList } from '../support/BalancesList.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { waitForBalance } from '../support/waitForBalance.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * A wallet in a few lines: a passkey sign-up, then the Safe's balances from `useBalances` (with
 * `flattenBalances` as `select`), fetched once the session exists.
 */
function BalancesApp(): ReactNode {
  return (
    <PasskeyWallet>
      <BalancesList />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Balances',
  component: BalancesApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout panel={<MockPanel />}>
      <BalancesApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof BalancesApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → the new Safe's balances on the session's chain: the mock's starting 100
 * EUR-IBEX, 100 USD-IBEX and 0.01 ETH.
 */
export const SignUpToBalances: Story = {
  name: 'Passkey sign-up → balances',
  play: async ({ canvasElement, step }) => {
    await step('Sign up with a new passkey', async () => {
      await signUpInPlay(canvasElement)
    })
    await step('The balances of the new Safe', async () => {
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
      await waitForBalance(canvasElement, '100', 'USD-IBEX')
      await waitForBalance(canvasElement, '0.01', 'ETH')
      const list = within(canvasElement).getByRole('list', { name: 'Balances' })
      await expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    })
  },
}
