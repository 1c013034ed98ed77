import type { Meta, StoryObj } from '@storybook/react-vite'
import { useId, useState, type ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { PinPad } from '../../src/components/PinPad/PinPad.tsx'
import { IbexPinThrottledError } from '../../src/core/errors/IbexPinThrottledError.ts'
import { useSession } from '../../src/react/hooks/useSession.ts'
import { useSignIn } from '../../src/react/hooks/useSignIn.ts'
import { useSignOut } from '../../src/react/hooks/useSignOut.ts'
import { useSignUp } from '../../src/react/hooks/useSignUp.ts'
import { SessionSummary } from '../support/SessionSummary.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

// Not a run of the keypad's own text ("1234567890"), so finding it on screen would be a leak.
const PIN = '975318'
const WRONG_PIN = '864209'

// The PIN key is derived in a Worker (Argon2id, 64 MiB): about a second in a browser, more in
// the jsdom story run, where it runs in the thread.
const DERIVATION_TIMEOUT = 20_000

/** One screen of the flow: a heading and its content. */
function Screen({ title, children }: { title: string; children: ReactNode }): ReactNode {
  const id = `pin-flow-${useId()}`
  return (
    <section aria-labelledby={id} style={{ display: 'grid', gap: '0.75rem' }}>
      <h2 id={id} style={{ margin: 0 }}>
        {title}
      </h2>
      {children}
    </section>
  )
}

/**
 * A PIN wallet in a few lines: a new user chooses a PIN (typed twice, `confirm`), then, signed
 * out, comes back with the PIN alone (the kit remembers who signed in last). The pad shows the
 * hooks' state: `pending`, a wrong PIN (`validation/pin-wrong`), and after 3 wrong PINs in a row
 * the countdown of `IbexPinThrottledError.retryAt`. The PIN never leaves the pad and the hook:
 * not in storage, not in TanStack's caches, not in a request.
 */
function PinApp(): ReactNode {
  const { status } = useSession()
  const signUp = useSignUp()
  const signIn = useSignIn()
  const signOut = useSignOut()
  const [mode, setMode] = useState<'sign-up' | 'sign-in'>('sign-up')

  if (status === 'loading') return <p>Loading…</p>
  if (status === 'signed-in') {
    return (
      <Screen title="Your wallet">
        <SessionSummary />
        <button
          type="button"
          disabled={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSuccess: () => setMode('sign-in') })}
        >
          Sign out
        </button>
      </Screen>
    )
  }
  if (mode === 'sign-up') {
    return (
      <Screen title="Create your wallet">
        <PinPad
          confirm
          onComplete={(pin) => signUp.mutate({ wallet: 'kdf', pin })}
          pending={signUp.isPending}
          error={
            signUp.isError &&
            (signUp.error.code === 'validation/pin-weak'
              ? 'This PIN is too easy to guess. Avoid repeated digits, runs and common PINs.'
              : 'The wallet could not be created. Please try again.')
          }
        />
      </Screen>
    )
  }
  const { error } = signIn
  return (
    <Screen title="Welcome back">
      <PinPad
        shuffle
        shuffleKey={signIn.submittedAt}
        onComplete={(pin) => signIn.mutate({ wallet: 'kdf', pin })}
        pending={signIn.isPending}
        error={error?.code === 'validation/pin-wrong'}
        retryAt={error instanceof IbexPinThrottledError ? error.retryAt : undefined}
      />
      <button type="button" onClick={() => setMode('sign-up')}>
        Create another wallet
      </button>
    </Screen>
  )
}

async function typePin(canvasElement: HTMLElement, pin: string) {
  const pad = within(within(canvasElement).getByRole('group'))
  for (const digit of pin)
    await userEvent.click(pad.getByRole('button', { name: `Digit ${digit}` }))
}

const meta = {
  title: 'Flows/PIN',
  component: PinApp,
  decorators: [withIbexProvider],
  render: () => (
    <div style={{ display: 'grid', gap: '1.5rem', justifyItems: 'center', maxWidth: '32rem' }}>
      <PinApp />
    </div>
  ),
} satisfies Meta<typeof PinApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * PIN sign-up (typed twice) → the session (the user's Safe) → sign out → a wrong PIN (announced,
 * the pad cleared) → the right PIN alone signs the same user in. Runs against the in-browser mock
 * IBEx: no network.
 */
export const SignUpSignOutSignIn: Story = {
  name: 'Sign up, sign out, sign in',
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement)
    let safeAddress = ''

    await step('Choose a PIN, then type it again', async () => {
      await canvas.findByRole('heading', { name: 'Create your wallet' })
      await typePin(canvasElement, PIN)
      await expect(canvas.getByRole('group', { name: 'Confirm PIN' })).toBeInTheDocument()
      await typePin(canvasElement, PIN)
      const address = await canvas.findByTestId('safe-address', {}, { timeout: DERIVATION_TIMEOUT })
      safeAddress = address.textContent ?? ''
      await expect(safeAddress).toMatch(/^0x[0-9a-fA-F]{40}$/)
    })

    await step('Sign out', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }))
      await expect(await canvas.findByRole('heading', { name: 'Welcome back' })).toBeInTheDocument()
    })

    await step('A wrong PIN is refused and the pad starts over', async () => {
      await typePin(canvasElement, WRONG_PIN)
      await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Incorrect PIN.'), {
        timeout: DERIVATION_TIMEOUT,
      })
      await waitFor(() =>
        expect(canvas.getByRole('status')).toHaveTextContent('0 of 6 digits entered'),
      )
    })

    await step('The right PIN alone: the same Safe', async () => {
      await typePin(canvasElement, PIN)
      await waitFor(
        () => expect(canvas.getByTestId('safe-address')).toHaveTextContent(safeAddress),
        { timeout: DERIVATION_TIMEOUT },
      )
      await expect(canvasElement).not.toHaveTextContent(PIN)
    })
  },
}

/**
 * The same flow in French: the pad takes the `<IbexProvider locale>` (here from the Locale
 * toolbar), with no `locale` prop of its own.
 */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('group', { name: 'Code PIN' })).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Chiffre 7' })).toBeInTheDocument()
    await expect(canvas.getByRole('status')).toHaveTextContent('Chiffres saisis : 0 sur 6')
  },
}
