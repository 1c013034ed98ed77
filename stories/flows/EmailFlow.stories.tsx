import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { EmailOtpForm } from '../../src/components/EmailOtpForm/EmailOtpForm.tsx'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { useSignOut } from '../../src/react/hooks/useSignOut.ts'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { MockPanel } from '../support/MockPanel.tsx'
import { SessionSummary } from '../support/SessionSummary.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

const PASSPHRASE = 'violet-harbour-7139'

// The key is made and encrypted in a Worker (Argon2id, 64 MiB): about a second in a browser,
// more in the jsdom story run, where it runs in the thread.
const DERIVATION_TIMEOUT = 20_000

/**
 * An email wallet in a few lines: a new user signs up with an address, the emailed code and a
 * passphrase; signed out, they come back with the code and the passphrase alone (the kit
 * remembers the address, masked). Beside it, the mock's outbox shows the code a real user would
 * read in their mailbox. A fresh address per mount, since the mock remembers every sign-up.
 */
function EmailApp(): ReactNode {
  const { status } = useSession()
  const signOut = useSignOut()
  const [email] = useState(() => `ada+${Date.now().toString(36)}@example.com`)
  const [mode, setMode] = useState<'sign-up' | 'sign-in'>('sign-up')

  const app =
    status === 'loading' ? (
      <p>Loading…</p>
    ) : status === 'signed-in' ? (
      <section aria-labelledby="email-flow-wallet" style={{ display: 'grid', gap: '0.75rem' }}>
        <h2 id="email-flow-wallet" style={{ margin: 0 }}>
          Your wallet
        </h2>
        <SessionSummary />
        <button
          type="button"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSuccess: () => setMode('sign-in') })}
        >
          Sign out
        </button>
      </section>
    ) : (
      <section aria-labelledby="email-flow-form" style={{ display: 'grid', gap: '0.75rem' }}>
        <h2 id="email-flow-form" style={{ margin: 0 }}>
          {mode === 'sign-up' ? 'Create your wallet' : 'Welcome back'}
        </h2>
        <EmailOtpForm key={mode} mode={mode} defaultEmail={email} />
      </section>
    )

  return <FlowLayout panel={<MockPanel email={email} />}>{app}</FlowLayout>
}

const meta = {
  title: 'Flows/Email',
  component: EmailApp,
  decorators: [withIbexProvider],
  render: () => <EmailApp />,
} satisfies Meta<typeof EmailApp>

export default meta
type Story = StoryObj<typeof meta>

/** Reads the code in the side panel (the mock's outbox), as the user reads their mailbox. */
async function codeFromPanel(canvasElement: HTMLElement, previous?: string): Promise<string> {
  const panel = within(canvasElement).getByTestId('mock-otp')
  await waitFor(() => {
    expect(panel).toHaveTextContent(/^\d{6}$/)
    if (previous) expect(panel).not.toHaveTextContent(previous)
  })
  return panel.textContent ?? ''
}

/**
 * Email sign-up (address → code from the side panel → passphrase twice) → the session (the
 * user's Safe) → sign out → sign-in with the remembered address: a new code and the passphrase
 * alone find the same Safe. Runs against the in-browser mock IBEx: no network, no mailbox.
 */
export const SignUpSignOutSignIn: Story = {
  name: 'Sign up, sign out, sign in',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    let safeAddress = ''
    let firstCode = ''

    await step('Ask for a code', async () => {
      await canvas.findByRole('heading', { name: 'Create your wallet' })
      await userEvent.click(canvas.getByRole('button', { name: 'Send me a code' }))
      await canvas.findByRole('textbox', { name: 'Code from the email' }, { timeout: 5000 })
    })

    await step('Type the code shown in the side panel', async () => {
      firstCode = await codeFromPanel(canvasElement)
      await userEvent.type(canvas.getByRole('textbox', { name: 'Code from the email' }), firstCode)
      await canvas.findByLabelText('Passphrase', {}, { timeout: 5000 })
    })

    await step('Choose a passphrase, then type it again', async () => {
      await userEvent.type(canvas.getByLabelText('Passphrase'), PASSPHRASE)
      await userEvent.type(canvas.getByLabelText('Confirm the passphrase'), PASSPHRASE)
      await userEvent.click(canvas.getByRole('button', { name: 'Create my wallet' }))
      const address = await canvas.findByTestId('safe-address', {}, { timeout: DERIVATION_TIMEOUT })
      safeAddress = address.textContent ?? ''
      await expect(safeAddress).toMatch(/^0x[0-9a-fA-F]{40}$/)
    })

    await step('Sign out', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }))
      await canvas.findByRole('heading', { name: 'Welcome back' })
      await expect(canvas.getByText('We will send a code to a***@example.com.')).toBeInTheDocument()
    })

    await step('Sign in with a new code and the passphrase alone: the same Safe', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Send me a code' }))
      const input = await canvas.findByRole(
        'textbox',
        { name: 'Code from the email' },
        { timeout: 5000 },
      )
      await userEvent.type(input, await codeFromPanel(canvasElement, firstCode))
      const passphrase = await canvas.findByLabelText('Passphrase', {}, { timeout: 5000 })
      await userEvent.type(passphrase, `${PASSPHRASE}{Enter}`)
      await waitFor(
        () => expect(canvas.getByTestId('safe-address')).toHaveTextContent(safeAddress),
        { timeout: DERIVATION_TIMEOUT },
      )
      await expect(canvasElement).not.toHaveTextContent(PASSPHRASE)
    })
  },
}
