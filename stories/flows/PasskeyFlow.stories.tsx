import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PasskeyButton } from '../../src/components/PasskeyButton/PasskeyButton.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { FlowScreen } from '../support/FlowScreen.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { WalletScreen } from '../support/WalletScreen.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * A whole app in a few lines: signed out, it offers a passkey sign-up and sign-in; signed in, it
 * shows the user's Safe and a sign-out button. Balances come with `useBalances`.
 */
function PasskeyApp(): ReactNode {
  const { status } = useSession()
  if (status === 'loading') return <p>Loading…</p>
  if (status === 'signed-in') return <WalletScreen />
  return (
    <FlowScreen title="Welcome">
      <PasskeyButton mode="sign-up" />
      <PasskeyButton mode="sign-in" />
    </FlowScreen>
  )
}

const meta = {
  title: 'Flows/Passkey',
  component: PasskeyApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout panel={<MockPanel />}>
      <PasskeyApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof PasskeyApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → the session (the user's Safe address) → sign out → sign in again with the
 * same passkey, which finds the same Safe. Runs against the in-browser mock IBEx and the software
 * authenticator: no device, no network.
 */
export const SignUpSignOutSignIn: Story = {
  name: 'Sign up, sign out, sign in',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    let safeAddress = ''

    await step('Sign up with a new passkey', async () => {
      await userEvent.click(await canvas.findByRole('button', { name: 'Create a passkey' }))
      const address = await canvas.findByTestId('safe-address', {}, { timeout: 5000 })
      safeAddress = address.textContent ?? ''
      await expect(safeAddress).toMatch(/^0x[0-9a-fA-F]{40}$/)
      await expect(canvas.getByRole('heading', { name: 'Your wallet' })).toBeInTheDocument()
    })

    await step('Sign out', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }))
      await expect(await canvas.findByRole('heading', { name: 'Welcome' })).toBeInTheDocument()
    })

    await step('Sign in with the same passkey: the same Safe', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Sign in with a passkey' }))
      await waitFor(
        () => expect(canvas.getByTestId('safe-address')).toHaveTextContent(safeAddress),
        { timeout: 5000 },
      )
    })
  },
}
