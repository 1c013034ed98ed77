import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { OtpInput } from '../../src/components/OtpInput/OtpInput.tsx'
import { ControlledValue } from '../support/ControlledValue.tsx'
import { storyMessages } from '../support/storyMessages.ts'

const meta = {
  title: 'Components/OtpInput',
  component: OtpInput,
  argTypes: { locale: localeArgType },
  args: { onValueChange: fn(), onComplete: fn() },
} satisfies Meta<typeof OtpInput>

export default meta
type Story = StoryObj<typeof meta>

/** Uncontrolled. A pasted code keeps only its digits and completes the field at once. */
export const Default: Story = {
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const input = within(canvasElement).getByRole('textbox', { name: t.otp.label })
    await expect(input).toHaveAttribute('autocomplete', 'one-time-code')
    await userEvent.click(input)
    await userEvent.paste('123 456')
    await expect(input).toHaveValue('123456')
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith('123456')
  },
}

/** Controlled: the app holds `value` and can clear it. Typing drops anything but digits. */
export const Controlled: Story = {
  render: (args) => (
    <ControlledValue onValueChange={args.onValueChange}>
      {(value, onValueChange) => <OtpInput {...args} value={value} onValueChange={onValueChange} />}
    </ControlledValue>
  ),
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const input = canvas.getByRole('textbox', { name: t.otp.label })
    await userEvent.type(input, '4a2 7')
    await expect(canvas.getByTestId('controlled-value')).toHaveTextContent('Value: 427')
    await userEvent.type(input, '913')
    await expect(args.onComplete).toHaveBeenCalledOnce()
    await expect(args.onComplete).toHaveBeenCalledWith('427913')
    await userEvent.click(canvas.getByRole('button', { name: 'Clear from outside' }))
    await expect(input).toHaveValue('')
  },
}

/** A complete code (for example from autofill); Backspace edits it. */
export const Filled: Story = {
  args: { defaultValue: '123456' },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const input = within(canvasElement).getByRole('textbox', { name: t.otp.label })
    await expect(input).toHaveValue('123456')
    await userEvent.type(input, '{Backspace}')
    await expect(input).toHaveValue('12345')
    await expect(args.onValueChange).toHaveBeenLastCalledWith('12345')
  },
}

/** The app rejected the code: the default message is shown, announced and linked to the input. */
export const ErrorState: Story = {
  name: 'Error',
  args: { error: true, defaultValue: '123456' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent(t.otp.error)
    const input = canvas.getByRole('textbox', { name: t.otp.label })
    await expect(input).toHaveAttribute('aria-invalid', 'true')
    await expect(input).toHaveAccessibleDescription(t.otp.error)
  },
}

/** The input is disabled (for example while the code is checked). */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const input = within(canvasElement).getByRole('textbox', { name: t.otp.label })
    await expect(input).toBeDisabled()
    await userEvent.type(input, '12')
    await expect(args.onValueChange).not.toHaveBeenCalled()
  },
}

/** The French strings, chosen by the Locale toolbar (or the `locale` prop). */
export const French: Story = {
  globals: { locale: 'fr' },
  args: { error: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', { name: 'Code de vérification' })).toBeInTheDocument()
    await expect(canvas.getByRole('alert')).toHaveTextContent('Code incorrect.')
  },
}

/** The dark theme, chosen by the Theme toolbar (`data-ibex-theme="dark"` on an ancestor). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { defaultValue: '123' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const input = within(canvasElement).getByRole('textbox', { name: t.otp.label })
    await expect(input.closest('[data-ibex-theme]')).toHaveAttribute('data-ibex-theme', 'dark')
  },
}
