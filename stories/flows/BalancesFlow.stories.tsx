import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, within } from 'storybook/test'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { storyWalletMessages } from '../support/storyWalletMessages.ts'
import { waitForBalance } from '../support/waitForBalance.ts'
import { WalletBalances } from '../support/WalletBalances.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * A wallet in a few lines: a passkey sign-up, then the kit's `BalanceList` (on `useBalances`),
 * fetched once the session exists: amounts for the locale, values, a skeleton while loading.
 */
function BalancesApp(): ReactNode {
  return (
    <PasskeyWallet>
      <WalletBalances />
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
  play: async ({ canvasElement, step, globals }) => {
    await step('Sign up with a new passkey', async () => {
      await signUpInPlay(canvasElement)
    })
    await step('The balances of the new Safe', async () => {
      await waitForBalance(canvasElement, '100', 'EUR-IBEX')
      await waitForBalance(canvasElement, '100', 'USD-IBEX')
      await waitForBalance(canvasElement, '0.01', 'ETH')
      const { title } = storyWalletMessages({ globals }, 'balanceList')
      const list = within(canvasElement).getByRole('list', { name: title })
      await expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    })
  },
}
