import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { PasskeyButton } from '../../src/components/PasskeyButton/PasskeyButton.tsx'
import { SessionSummary } from '../support/SessionSummary.tsx'
import { signUpStoryPasskeyUser } from '../support/signUpStoryPasskeyUser.ts'
import { storyMessages } from '../support/storyMessages.ts'
import { storyAuthenticator } from '../support/storyAuthenticator.ts'
import { storyMock } from '../support/storyMock.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

// Each request waits this long in the Pending story: long enough to see, short enough for CI.
const LATENCY_MS = 1200

/** Waits for the button's `data-state` (a ceremony takes a few requests and a signature). */
async function expectState(button: HTMLElement, state: string, timeout = 5000) {
  await waitFor(() => expect(button).toHaveAttribute('data-state', state), { timeout })
}

const meta = {
  title: 'Components/PasskeyButton',
  component: PasskeyButton,
  // Every story talks to the session's mock IBEx; the software authenticator answers the prompt
  // (toolbar: Authenticator).
  decorators: [withIbexProvider],
  argTypes: {
    locale: localeArgType,
    mode: { control: 'inline-radio', options: ['sign-in', 'sign-up'] },
  },
  args: { onSuccess: fn(), onError: fn() },
} satisfies Meta<typeof PasskeyButton>

export default meta
type Story = StoryObj<typeof meta>

/** Sign-up: creates a passkey and an account, and announces it. */
export const SignUp: Story = {
  args: { mode: 'sign-up' },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: t.passkey.signUp })
    await expect(button).toHaveAttribute('data-state', 'idle')
    const passkeysBefore = storyAuthenticator.credentials().length
    await userEvent.click(button)
    await expectState(button, 'success')
    await expect(canvas.getByRole('status')).toHaveTextContent(t.passkey.signUpSuccess)
    await expect(args.onSuccess).toHaveBeenCalledOnce()
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'signed-in' }),
    )
    await expect(storyAuthenticator.credentials()).toHaveLength(passkeysBefore + 1)
  },
}

/**
 * Sign-in with an existing passkey (discoverable: no user name). The play signs a user up first,
 * outside the button, so the story works on its own; any user signed up in another story of this
 * Storybook session can sign in here too.
 */
export const SignIn: Story = {
  args: { mode: 'sign-in' },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const user = await signUpStoryPasskeyUser()
    const button = canvas.getByRole('button', { name: t.passkey.signIn })
    await userEvent.click(button)
    await expectState(button, 'success')
    await expect(canvas.getByRole('status')).toHaveTextContent(t.passkey.signInSuccess)
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({
        status: 'signed-in',
        user: expect.objectContaining({ externalUserId: user.externalUserId }),
      }),
    )
    await expect(args.onError).not.toHaveBeenCalled()
  },
}

/**
 * Pending: the mock answers slowly (`storyMock.setFaults({ latencyMs })`, as `POST
 * /__mock/faults` would). The button stays focusable, ignores presses and says what it waits for.
 */
export const Pending: Story = {
  args: { mode: 'sign-up' },
  beforeEach: () => {
    storyMock.setFaults({ latencyMs: LATENCY_MS })
    return () => {
      storyMock.setFaults({ latencyMs: null })
    }
  },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: t.passkey.signUp })
    await userEvent.click(button)
    await expectState(button, 'pending')
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(button).toBeEnabled()
    await expect(button).toHaveFocus()
    await expect(canvas.getByRole('status')).toHaveTextContent(t.passkey.signUpPending)
    await userEvent.click(button)
    await expect(button).toHaveAttribute('data-state', 'pending')
    await expectState(button, 'success', 4 * LATENCY_MS + 5000)
    // The second press started nothing: one account, one success.
    await expect(args.onSuccess).toHaveBeenCalledOnce()
  },
}

/** Success: signed in, the button turns green, and the app sees the session. */
export const Success: Story = {
  args: { mode: 'sign-in' },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'center' }}>
      <PasskeyButton {...args} />
      <SessionSummary />
    </div>
  ),
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const user = await signUpStoryPasskeyUser()
    await expect(canvas.getByTestId('session-status')).toHaveAttribute('data-status', 'signed-out')
    const button = canvas.getByRole('button', { name: t.passkey.signIn })
    await userEvent.click(button)
    await expectState(button, 'success')
    await expect(button).not.toHaveAttribute('aria-disabled')
    // No error anywhere: neither the button's nor the account menu's (signed in now).
    for (const alert of canvas.getAllByRole('alert')) await expect(alert).toHaveTextContent(/^$/)
    await expect(canvas.getByTestId('safe-address')).toHaveTextContent(
      user.safeAddresses[String(user.chainId)] ?? 'missing',
    )
  },
}

/**
 * The user closes the passkey prompt (`storyAuthenticator.failNext('NotAllowedError')`): a
 * gentle, polite message, `data-state="error"` and `onError` with `webauthn/cancelled`.
 */
export const ErrorState: Story = {
  name: 'Error',
  args: { mode: 'sign-up' },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: t.passkey.signUp })
    storyAuthenticator.failNext('NotAllowedError')
    await userEvent.click(button)
    await expectState(button, 'error')
    await expect(button).toHaveAttribute('data-error-code', 'webauthn/cancelled')
    await expect(canvas.getByRole('status')).toHaveTextContent(t.passkey.cancelled)
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'webauthn/cancelled' }),
    )
    await expect(args.onSuccess).not.toHaveBeenCalled()
  },
}

/** IBEx is down (`storyMock.setFaults({ maintenance: true })`): an assertive error. */
export const ServerError: Story = {
  args: { mode: 'sign-in' },
  beforeEach: () => {
    storyMock.setFaults({ maintenance: true })
    return () => {
      storyMock.setFaults({ maintenance: null })
    }
  },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: t.passkey.signIn })
    await userEvent.click(button)
    await expectState(button, 'error')
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.passkey.error)
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: expect.stringMatching(/^http\//) }),
    )
  },
}

/** `disabled` goes to the `<button>`: out of the tab order, presses do nothing. */
export const Disabled: Story = {
  args: { mode: 'sign-in', disabled: true },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const button = within(canvasElement).getByRole('button', { name: t.passkey.signIn })
    await expect(button).toBeDisabled()
    await userEvent.click(button)
    await expect(button).toHaveAttribute('data-state', 'idle')
    await expect(args.onSuccess).not.toHaveBeenCalled()
    await expect(args.onError).not.toHaveBeenCalled()
  },
}

/**
 * `asChild`: the app's own element (here a button styled as a link) gets the behaviour, the
 * state attributes and the click handler.
 */
export const AsChild: Story = {
  args: { mode: 'sign-up' },
  render: (args) => (
    <PasskeyButton {...args} asChild>
      <button
        type="button"
        style={{
          minHeight: 'auto',
          padding: 0,
          color: 'var(--ibex-accent-text)',
          background: 'none',
          border: 'none',
          fontWeight: 400,
          textDecoration: 'underline',
        }}
      >
        Use a passkey instead
      </button>
    </PasskeyButton>
  ),
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const link = canvas.getByRole('button', { name: 'Use a passkey instead' })
    await expect(link).toHaveAttribute('data-ibex-passkey-button')
    await expect(link).toHaveClass('ibex-passkey-button')
    await userEvent.click(link)
    await expectState(link, 'success')
    await expect(canvas.getByRole('status')).toHaveTextContent(t.passkey.signUpSuccess)
    await expect(args.onSuccess).toHaveBeenCalledOnce()
  },
}

/** French strings, label and announcements (`locale="fr"`, or the Locale toolbar). */
export const French: Story = {
  args: { mode: 'sign-up', locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: 'Créer une clé d’accès' })
    await userEvent.click(button)
    await expectState(button, 'success')
    await expect(canvas.getByRole('status')).toHaveTextContent('Votre clé d’accès a été créée.')
  },
}

/** The dark theme (Theme toolbar), in the success colours. */
export const Dark: Story = {
  args: { mode: 'sign-up' },
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await expect(canvasElement.querySelector('[data-ibex-theme]')).toHaveAttribute(
      'data-ibex-theme',
      'dark',
    )
    const button = canvas.getByRole('button', { name: t.passkey.signUp })
    await userEvent.click(button)
    await expectState(button, 'success')
  },
}
