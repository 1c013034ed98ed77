import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { AuthApp } from '../support/AuthApp.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { storyMessages } from '../support/storyMessages.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

// Not a run of the keypad's own text ("1234567890"), so finding it on screen would be a leak.
const PIN = '975318'
const WRONG_PIN = '864209'

// The PIN key is derived in a Worker (Argon2id, 64 MiB): about a second in a browser, more in
// the jsdom story run, where it runs in the thread.
const DERIVATION_TIMEOUT = 30_000

/**
 * A PIN wallet on the kit's components: `SignUp` → Continue with a PIN (typed twice) → the
 * account menu; signed out, `SignIn` lists PIN first, marked as last used, and a wrong PIN is
 * refused in words, then the throttle counts down after 3 in a row. The PIN never leaves the
 * pad and the hook: not in storage, not in TanStack's caches, not in a request.
 */
function PinApp(): ReactNode {
  return (
    <FlowLayout panel={<MockPanel />}>
      <AuthApp methods={['passkey', 'pin', 'email']} />
    </FlowLayout>
  )
}

const meta = {
  title: 'Flows/PIN',
  component: PinApp,
  decorators: [withIbexProvider],
} satisfies Meta<typeof PinApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * PIN sign-up, typed on the physical keyboard (the pad keeps its digits from Storybook's
 * shortcuts) → the account menu → sign out → a wrong PIN (said in words, the pad cleared) → the
 * right PIN, on the on-screen keys, signs the same user in. Locale-independent: every name comes
 * from the active catalogue.
 */
export const SignUpSignOutSignIn: Story = {
  name: 'Sign up, sign out, sign in',
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    let safeAddress = ''

    await step('Choose a PIN on the keyboard, then type it again', async () => {
      await canvas.findByRole('region', { name: t.signIn.signUpTitle })
      await userEvent.click(canvas.getByRole('button', { name: t.signIn.methodPin }))
      const pad = await canvas.findByRole('group', { name: t.signIn.pinSignUpTitle })
      within(pad)
        .getByRole('button', { name: t.digit('1') })
        .focus()
      await userEvent.keyboard(PIN)
      await canvas.findByRole('group', { name: t.pin.confirmLabel })
      await userEvent.keyboard(PIN)
      const address = await canvas.findByTestId('safe-address', {}, { timeout: DERIVATION_TIMEOUT })
      await waitFor(() => expect(address.textContent).toMatch(/^0x[0-9a-fA-F]{40}$/))
      safeAddress = address.textContent ?? ''
    })

    await step('Sign out from the account menu', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t.accountTrigger }))
      await userEvent.click(canvas.getByRole('menuitem', { name: t.account.signOut }))
      await canvas.findByRole('region', { name: t.signIn.signInTitle }, { timeout: 5000 })
    })

    await step('PIN is listed as last used; a wrong PIN is refused in words', async () => {
      const pinMethod = canvas.getByRole('button', { name: new RegExp(t.signIn.methodPin) })
      await expect(pinMethod).toHaveAttribute('data-last-used')
      await userEvent.click(pinMethod)
      const pad = await canvas.findByRole('group', { name: t.signIn.pinSignInTitle })
      for (const digit of WRONG_PIN)
        await userEvent.click(within(pad).getByRole('button', { name: t.digit(digit) }))
      await waitFor(() => expect(pad).toHaveAccessibleDescription(t.signIn.errorPinWrong), {
        timeout: DERIVATION_TIMEOUT,
      })
    })

    await step('The right PIN: the same Safe', async () => {
      const pad = canvas.getByRole('group', { name: t.signIn.pinSignInTitle })
      for (const digit of PIN)
        await userEvent.click(within(pad).getByRole('button', { name: t.digit(digit) }))
      await waitFor(
        () => expect(canvas.getByTestId('safe-address')).toHaveTextContent(safeAddress),
        { timeout: DERIVATION_TIMEOUT },
      )
      await expect(canvasElement).not.toHaveTextContent(PIN)
    })
  },
}
