import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { AuthApp } from '../support/AuthApp.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { storyMessages } from '../support/storyMessages.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * A whole passkey app on the kit's components: signed out, `SignUp` (create a passkey) or
 * `SignIn` (the passkey, also offered in the email field's autofill); signed in, `AccountMenu`
 * with the Safe, its network and value, and Sign out.
 */
function PasskeyApp(): ReactNode {
  return (
    <FlowLayout panel={<MockPanel />}>
      <AuthApp methods={['passkey', 'pin', 'email']} />
    </FlowLayout>
  )
}

const meta = {
  title: 'Flows/Passkey',
  component: PasskeyApp,
  decorators: [withIbexProvider],
} satisfies Meta<typeof PasskeyApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → the account menu (the user's Safe) → sign out from the menu → sign in again
 * with the same passkey, which finds the same Safe. Runs against the in-browser mock IBEx and the
 * software authenticator: no device, no network. The play finds everything by role and by the
 * active catalogue, so it passes with any language of the Locale toolbar.
 */
export const SignUpSignOutSignIn: Story = {
  name: 'Sign up, sign out, sign in',
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    let safeAddress = ''

    await step('Sign up with a new passkey', async () => {
      await canvas.findByRole('region', { name: t.signIn.signUpTitle })
      await userEvent.click(canvas.getByRole('button', { name: t.passkey.signUp }))
      const address = await canvas.findByTestId('safe-address', {}, { timeout: 5000 })
      await waitFor(() => expect(address.textContent).toMatch(/^0x[0-9a-fA-F]{40}$/))
      safeAddress = address.textContent ?? ''
    })

    await step('Open the account menu and sign out', async () => {
      await userEvent.click(await canvas.findByRole('button', { name: t.accountTrigger }))
      const menu = canvas.getByRole('menu', { name: t.account.menuLabel })
      await expect(menu).toHaveAccessibleDescription(new RegExp(safeAddress))
      await userEvent.click(within(menu).getByRole('menuitem', { name: t.account.signOut }))
      await canvas.findByRole('region', { name: t.signIn.signInTitle }, { timeout: 5000 })
    })

    await step('Sign in with the same passkey: the same Safe', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t.passkey.signIn }))
      await waitFor(
        () => expect(canvas.getByTestId('safe-address')).toHaveTextContent(safeAddress),
        { timeout: 5000 },
      )
    })
  },
}
