import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { PinPad } from '../../src/components/PinPad/PinPad.tsx'
import { ControlledValue } from '../support/ControlledValue.tsx'
import { messagePattern, storyMessages } from '../support/storyMessages.ts'

// Not a run of the keypad's own text ("1234567890"), so finding it on screen would be a leak.
const PIN = '975318'

async function pressDigits(
  canvasElement: HTMLElement,
  digits: string,
  t: ReturnType<typeof storyMessages>,
) {
  const canvas = within(canvasElement)
  for (const digit of digits)
    await userEvent.click(canvas.getByRole('button', { name: t.digit(digit) }))
}

const meta = {
  title: 'Components/PinPad',
  component: PinPad,
  argTypes: { locale: localeArgType },
  args: { onValueChange: fn(), onComplete: fn() },
} satisfies Meta<typeof PinPad>

export default meta
type Story = StoryObj<typeof meta>

/** Uncontrolled: the pad keeps the digits; `onComplete` fires on the last one. */
export const Default: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const group = canvas.getByRole('group', { name: t.pin.label })
    await expect(canvas.getByRole('status')).toHaveTextContent(t.digitsEntered(0))
    await pressDigits(canvasElement, PIN.slice(0, 3), t)
    await expect(canvas.getByRole('status')).toHaveTextContent(t.digitsEntered(3))
    await expect(group).toHaveAttribute('data-state', 'entering')
    // The physical keyboard works while focus is inside the pad.
    await userEvent.keyboard(PIN.slice(3))
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith(PIN)
    await expect(group).not.toHaveTextContent(PIN)
  },
}

/** Controlled: the app holds `value` and can reset it. */
export const Controlled: Story = {
  render: (args) => (
    <ControlledValue onValueChange={args.onValueChange}>
      {(value, onValueChange) => <PinPad {...args} value={value} onValueChange={onValueChange} />}
    </ControlledValue>
  ),
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await pressDigits(canvasElement, '975', t)
    await expect(canvas.getByTestId('controlled-value')).toHaveTextContent('Value: 975')
    await userEvent.click(canvas.getByRole('button', { name: t.pin.delete }))
    await expect(canvas.getByTestId('controlled-value')).toHaveTextContent('Value: 97')
    await expect(args.onValueChange).toHaveBeenLastCalledWith('97')
    await userEvent.click(canvas.getByRole('button', { name: 'Clear from outside' }))
    await expect(canvas.getByRole('status')).toHaveTextContent(t.digitsEntered(0))
  },
}

/** Sign-up: the PIN is typed twice; a mismatch starts over. */
export const Confirm: Story = {
  args: { confirm: true },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await pressDigits(canvasElement, PIN, t)
    await expect(canvas.getByRole('group', { name: t.pin.confirmLabel })).toBeInTheDocument()
    await expect(canvas.getByRole('status')).toHaveTextContent(t.pin.confirmPrompt)
    await pressDigits(canvasElement, '975310', t)
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.pin.mismatch)
    await expect(canvas.getByRole('group', { name: t.pin.label })).toBeInTheDocument()
    await pressDigits(canvasElement, PIN, t)
    await pressDigits(canvasElement, PIN, t)
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith(PIN)
  },
}

/** The digit keys in a random order, for shoulder-surfing resistance. */
export const Shuffled: Story = {
  args: { shuffle: true },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const keys = within(canvasElement).getAllByRole('button', {
      name: messagePattern(t.pin.digit, { digit: '\\d' }),
    })
    const digits = keys.map((key) => key.textContent ?? '')
    await expect([...digits].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])
    await pressDigits(canvasElement, PIN, t)
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith(PIN)
  },
}

/** A toggle shows the digits; while masked, no digit reaches the DOM. */
export const WithReveal: Story = {
  args: { allowReveal: true },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await pressDigits(canvasElement, '975', t)
    const display = canvasElement.querySelector('[data-ibex-pinpad-display]')
    await expect(display).toHaveTextContent(/^$/)
    const toggle = canvas.getByRole('button', { name: t.pin.reveal })
    await userEvent.click(toggle)
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(display).toHaveTextContent('975')
  },
}

/** The PIN completes on Submit (or Enter), not on the last digit. */
export const WithSubmitKey: Story = {
  args: { submitKey: true },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const submit = canvas.getByRole('button', { name: t.pin.submit })
    await expect(submit).toHaveAttribute('aria-disabled', 'true')
    await pressDigits(canvasElement, PIN, t)
    await expect(args.onComplete).not.toHaveBeenCalled()
    await expect(submit).not.toHaveAttribute('aria-disabled')
    await userEvent.click(submit)
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith(PIN)
  },
}

/** The PIN is being checked: keys stay focusable but refuse input, and the pad says so. */
export const Pending: Story = {
  args: { pending: true, defaultValue: PIN },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('status')).toHaveTextContent(t.pin.pending)
    await expect(canvas.getByRole('group')).toHaveAttribute('data-state', 'pending')
    const deleteKey = canvas.getByRole('button', { name: t.pin.delete })
    await expect(deleteKey).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(deleteKey)
    await expect(args.onValueChange).not.toHaveBeenCalled()
  },
}

/** Every key is disabled and leaves the tab order. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const keys = within(canvasElement).getAllByRole('button')
    await expect(keys).toHaveLength(11)
    for (const key of keys) await expect(key).toBeDisabled()
  },
}

/** The app rejected the PIN: the message is shown, announced and linked to the pad. */
export const ErrorState: Story = {
  name: 'Error',
  args: { error: 'Incorrect PIN. 2 attempts left.' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('Incorrect PIN. 2 attempts left.')
    const group = canvas.getByRole('group', { name: t.pin.label })
    await expect(group).toHaveAttribute('aria-invalid', 'true')
    await expect(group).toHaveAccessibleDescription('Incorrect PIN. 2 attempts left.')
  },
}

// Long enough to see the countdown, short enough for CI.
const THROTTLE_SECONDS = 3
let throttledUntil = 0

/**
 * Throttled: after 3 wrong PINs IBEx refuses attempts until `retryAt` (an
 * `IbexPinThrottledError`'s). The pad counts down, its keys refuse input, the wait is announced
 * once (not every second) and, politely, its end. `retryAt` is 3 s after the story loads,
 * unless set in Controls.
 */
export const Throttled: Story = {
  // After the loaders (the first story of a page waits for the mock's Service Worker, which
  // could outlast the throttle), just before the render.
  beforeEach: () => {
    throttledUntil = Date.now() + THROTTLE_SECONDS * 1000
  },
  // Set in Controls, `retryAt` wins over the story's.
  render: (args) => <PinPad {...args} retryAt={args.retryAt ?? throttledUntil} />,
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const group = canvas.getByRole('group', { name: t.pin.label })
    // 3 s, or less if the first render came late.
    const message = messagePattern(t.pin.throttled, { seconds: '[1-3]' })
    await expect(canvas.getByRole('alert')).toHaveTextContent(message)
    await expect(group).toHaveAttribute('data-throttled')
    await expect(group).toHaveAccessibleDescription(message)
    const key = canvas.getByRole('button', { name: t.digit('7') })
    await expect(key).toHaveAttribute('aria-disabled', 'true')
    await userEvent.click(key)
    await expect(args.onValueChange).not.toHaveBeenCalled()
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(t.pin.retryReady), {
      timeout: (THROTTLE_SECONDS + 2) * 1000,
    })
    await expect(group).not.toHaveAttribute('data-throttled')
    await pressDigits(canvasElement, PIN, t)
    await expect(args.onComplete).toHaveBeenCalledWith(PIN)
  },
}

/** The French strings, chosen by the Locale toolbar (or the `locale` prop). */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('group', { name: 'Code PIN' })).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: 'Effacer' })).toBeInTheDocument()
    await pressDigits(canvasElement, PIN, t)
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith(PIN)
  },
}

/** The dark theme, chosen by the Theme toolbar (`data-ibex-theme="dark"` on an ancestor). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { allowReveal: true, submitKey: true },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const group = within(canvasElement).getByRole('group', { name: t.pin.label })
    await expect(group.closest('[data-ibex-theme]')).toHaveAttribute('data-ibex-theme', 'dark')
  },
}
