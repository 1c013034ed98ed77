import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { EmailOtpForm } from '../../src/components/EmailOtpForm/EmailOtpForm.tsx'
import { newStoryEmail } from '../support/newStoryEmail.ts'
import { storyMock } from '../support/storyMock.ts'
import { storyMessages } from '../support/storyMessages.ts'
import { formatMessage } from '../../src/components/internal/messages/formatMessage.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

// Each request waits this long in the Pending story: long enough to see, short enough for CI.
const LATENCY_MS = 1200

/** The code the mock "emailed" to `email` (what the user reads in their mailbox). */
function mailedCode(email: string): string {
  const code = storyMock.outbox(email)?.code
  if (!code) throw new Error(`The mock sent no code to ${email}`)
  return code
}

/** Types a new address and asks for a code; resolves on the code step. */
async function askForCode(
  canvasElement: HTMLElement,
  email: string,
  t: ReturnType<typeof storyMessages>,
): Promise<HTMLElement> {
  const canvas = within(canvasElement)
  await userEvent.type(canvas.getByLabelText(t.email.emailLabel), email)
  await userEvent.click(canvas.getByRole('button', { name: t.email.emailSubmit }))
  return canvas.findByRole('textbox', { name: t.email.codeLabel }, { timeout: 5000 })
}

const meta = {
  title: 'Components/EmailOtpForm',
  component: EmailOtpForm,
  // Every story talks to the session's mock IBEx; the codes come from its outbox.
  decorators: [withIbexProvider],
  argTypes: {
    locale: localeArgType,
    mode: { control: 'inline-radio', options: ['sign-up', 'sign-in'] },
  },
  args: { mode: 'sign-up', onSuccess: fn(), onError: fn(), onStepChange: fn() },
} satisfies Meta<typeof EmailOtpForm>

export default meta
type Story = StoryObj<typeof meta>

/** Step 1, idle: the address and the button that sends a code. */
export const EmailStep: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const input = canvas.getByLabelText(t.email.emailLabel)
    await expect(input).toHaveAttribute('type', 'email')
    await expect(input).toHaveAttribute('autocomplete', 'email')
    await expect(canvasElement.querySelector('[data-ibex-email-form]')).toHaveAttribute(
      'data-state',
      'idle',
    )
  },
}

/**
 * Step 2: one input over six slots (paste and autofill work), where the code went, a countdown
 * (visible every second, announced only when the code arrives and when it expires) and a resend
 * button, enabled once the code has expired.
 */
export const CodeStep: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const input = await askForCode(canvasElement, newStoryEmail('code'), t)
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    await expect(input).toHaveFocus()
    await expect(input).toHaveAccessibleDescription(
      expect.stringContaining(formatMessage(t.email.codeSent, { email: 'c***@example.com' })),
    )
    await expect(canvas.getByRole('button', { name: t.email.resend })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await expect(args.onStepChange).toHaveBeenCalledWith('code')
  },
}

/**
 * Step 3 at sign-up: the passphrase twice, with a strength meter (`role="meter"`) whose advice is
 * tied to the input. The code was pasted from the mock's outbox and submitted on its own.
 */
export const PassphraseStep: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const email = newStoryEmail('passphrase')
    const input = await askForCode(canvasElement, email, t)
    await userEvent.click(input)
    await userEvent.paste(mailedCode(email))
    const passphrase = await canvas.findByLabelText(t.email.passphraseLabel, {}, { timeout: 5000 })
    await expect(passphrase).toHaveFocus()
    await userEvent.type(passphrase, 'correct horse')
    await expect(canvas.getByRole('meter', { name: t.email.strengthLabel })).toBeInTheDocument()
    await expect(passphrase).toHaveAccessibleDescription(
      expect.stringContaining(t.email.strengthText.split('{strength}')[0] ?? ''),
    )
    await expect(canvas.getByLabelText(t.email.confirmLabel)).toBeInTheDocument()
    await expect(args.onStepChange).toHaveBeenLastCalledWith('passphrase')
  },
}

/** A wrong code: the message sits under the input (`aria-describedby`) and is announced. */
export const ErrorState: Story = {
  name: 'Error',
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const email = newStoryEmail('error')
    const input = await askForCode(canvasElement, email, t)
    await userEvent.type(input, mailedCode(email) === '000000' ? '111111' : '000000')
    const message = t.email.errorCodeWrong
    // The code input's own live region announces it (assertively).
    const otp = within(input.closest<HTMLElement>('[data-ibex-otp]') ?? canvasElement)
    await waitFor(() => expect(otp.getByRole('alert')).toHaveTextContent(message))
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(expect.stringContaining(message))
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'validation/code-wrong' }),
    )
  },
}

/**
 * Pending: the mock answers slowly (`storyMock.setFaults({ latencyMs })`). The button stays
 * focusable, refuses presses and says what it waits for.
 */
export const Pending: Story = {
  beforeEach: () => {
    storyMock.setFaults({ latencyMs: LATENCY_MS })
    return () => {
      storyMock.setFaults({ latencyMs: null })
    }
  },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByLabelText(t.email.emailLabel), newStoryEmail('pending'))
    await userEvent.click(canvas.getByRole('button', { name: t.email.emailSubmit }))
    const button = await canvas.findByRole('button', { name: t.email.emailPending })
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(canvas.getByRole('status')).toHaveTextContent(t.email.emailPending)
    await expect(
      await canvas.findByRole('textbox', { name: t.email.codeLabel }, { timeout: 10_000 }),
    ).toBeInTheDocument()
  },
}

/** `disabled`: every field and button is disabled; nothing is sent. */
export const Disabled: Story = {
  args: { disabled: true, defaultEmail: 'ada@example.com' },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await expect(canvas.getByLabelText(t.email.emailLabel)).toBeDisabled()
    await expect(canvas.getByRole('button', { name: t.email.emailSubmit })).toBeDisabled()
    await expect(args.onStepChange).not.toHaveBeenCalled()
  },
}

/** The French strings, chosen by the Locale toolbar (or the `locale` prop). */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const input = canvas.getByLabelText('Adresse e-mail')
    await userEvent.type(input, 'pas-une-adresse')
    await userEvent.click(canvas.getByRole('button', { name: 'Recevoir un code' }))
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('Saisissez une adresse e-mail valide.'),
    )
  },
}

/** The dark theme, chosen by the Theme toolbar (`data-ibex-theme="dark"` on an ancestor). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const input = await askForCode(canvasElement, newStoryEmail('dark'), storyMessages(globals))
    await expect(input.closest('[data-ibex-theme]')).toHaveAttribute('data-ibex-theme', 'dark')
  },
}
