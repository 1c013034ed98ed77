import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { formatMessage } from '../../src/components/internal/messages/formatMessage.ts'
import { AuthApp } from '../support/AuthApp.tsx'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { newStoryEmail } from '../support/newStoryEmail.ts'
import { storyMessages } from '../support/storyMessages.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

const PASSPHRASE = 'violet-harbour-7139'

// The key is made and encrypted in a Worker (Argon2id, 64 MiB): about a second in a browser,
// more in the jsdom story run, where it runs in the thread.
const DERIVATION_TIMEOUT = 30_000

/**
 * An email wallet on the kit's components: `SignUp` → Continue with email (address, the emailed
 * code, a passphrase) → the account menu; signed out, `SignIn` knows the address (masked) and
 * asks for a new code and the passphrase alone. Beside it, the mock's outbox shows the last code
 * of any address typed in its Mailbox field, as the user would read it in their mailbox.
 */
function EmailApp(): ReactNode {
  return (
    <FlowLayout panel={<MockPanel />}>
      <AuthApp methods={['passkey', 'email', 'pin']} />
    </FlowLayout>
  )
}

const meta = {
  title: 'Flows/Email',
  component: EmailApp,
  decorators: [withIbexProvider],
} satisfies Meta<typeof EmailApp>

export default meta
type Story = StoryObj<typeof meta>

/** Reads the code for `email` in the side panel (the mock's outbox). */
async function codeFromPanel(canvasElement: HTMLElement, email: string, previous?: string) {
  const canvas = within(canvasElement)
  const mailbox = canvas.getByRole('textbox', { name: /^Mailbox/ })
  await userEvent.clear(mailbox)
  await userEvent.type(mailbox, email)
  const panel = canvas.getByTestId('mock-otp')
  await waitFor(() => {
    expect(panel).toHaveTextContent(/^\d{6}$/)
    if (previous) expect(panel).not.toHaveTextContent(previous)
  })
  return panel.textContent ?? ''
}

/**
 * Email sign-up (address → the code from the side panel → passphrase twice) → the account menu
 * → sign out → sign-in with the remembered address: a new code and the passphrase alone find the
 * same Safe. Runs against the in-browser mock IBEx; the names come from the active catalogue.
 */
export const SignUpSignOutSignIn: Story = {
  name: 'Sign up, sign out, sign in',
  play: async ({ canvasElement, globals, step }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    // The mock remembers every sign-up of the session: a new address per run.
    const email = newStoryEmail('ada')
    let safeAddress = ''
    let firstCode = ''

    await step('Ask for a code', async () => {
      await canvas.findByRole('region', { name: t.signIn.signUpTitle })
      await userEvent.click(canvas.getByRole('button', { name: t.signIn.methodEmail }))
      const field = await canvas.findByRole('textbox', { name: t.email.emailLabel })
      await userEvent.type(field, email)
      await userEvent.click(canvas.getByRole('button', { name: t.email.emailSubmit }))
      await canvas.findByRole('textbox', { name: t.email.codeLabel }, { timeout: 5000 })
    })

    await step('Type the code shown in the side panel', async () => {
      firstCode = await codeFromPanel(canvasElement, email)
      await userEvent.type(canvas.getByRole('textbox', { name: t.email.codeLabel }), firstCode)
      await canvas.findByLabelText(t.email.passphraseLabel, {}, { timeout: 5000 })
    })

    await step('Choose a passphrase, then type it again', async () => {
      await userEvent.type(canvas.getByLabelText(t.email.passphraseLabel), PASSPHRASE)
      await userEvent.type(canvas.getByLabelText(t.email.confirmLabel), PASSPHRASE)
      await userEvent.click(canvas.getByRole('button', { name: t.email.submitSignUp }))
      const address = await canvas.findByTestId('safe-address', {}, { timeout: DERIVATION_TIMEOUT })
      await waitFor(() => expect(address.textContent).toMatch(/^0x[0-9a-fA-F]{40}$/))
      safeAddress = address.textContent ?? ''
    })

    await step('Sign out from the account menu', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t.accountTrigger }))
      await userEvent.click(canvas.getByRole('menuitem', { name: t.account.signOut }))
      await canvas.findByRole('region', { name: t.signIn.signInTitle }, { timeout: 5000 })
    })

    await step('Sign in with a new code and the passphrase alone: the same Safe', async () => {
      // With passkey autofill the email field opens the email step; without it, a button does.
      await userEvent.click(
        canvas.queryByRole('button', { name: t.signIn.autofillSubmit }) ??
          canvas.getByRole('button', { name: t.signIn.methodEmail }),
      )
      await canvas.findByText(formatMessage(t.email.rememberedEmail, { email: 'a***@example.com' }))
      await userEvent.click(canvas.getByRole('button', { name: t.email.emailSubmit }))
      const input = await canvas.findByRole(
        'textbox',
        { name: t.email.codeLabel },
        { timeout: 5000 },
      )
      await userEvent.type(input, await codeFromPanel(canvasElement, email, firstCode))
      const passphrase = await canvas.findByLabelText(
        t.email.passphraseLabel,
        {},
        { timeout: 5000 },
      )
      await userEvent.type(passphrase, `${PASSPHRASE}{Enter}`)
      await waitFor(
        () => expect(canvas.getByTestId('safe-address')).toHaveTextContent(safeAddress),
        { timeout: DERIVATION_TIMEOUT },
      )
      await expect(canvasElement).not.toHaveTextContent(PASSPHRASE)
    })
  },
}
