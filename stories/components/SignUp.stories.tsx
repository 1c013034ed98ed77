import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { SignUp } from '../../src/components/SignUp/SignUp.tsx'
import { storyMessages } from '../support/storyMessages.ts'
import { StoryLogo } from '../support/StoryLogo.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

const meta = {
  title: 'Components/SignUp',
  component: SignUp,
  decorators: [withIbexProvider],
  argTypes: {
    locale: localeArgType,
    methods: { control: 'check', options: ['passkey', 'pin', 'email'] },
  },
  args: {
    methods: ['passkey', 'pin', 'email'],
    logo: <StoryLogo />,
    onSuccess: fn(),
    onError: fn(),
    onSwitchMode: fn(),
  },
} satisfies Meta<typeof SignUp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Create a passkey (the brand-coloured button, not the sign-in one), or choose a PIN or email.
 * The play creates a passkey on the software authenticator: the card ends on its success line.
 */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    const card = canvas.getByRole('region', { name: t.signIn.signUpTitle })
    const create = canvas.getByRole('button', { name: t.passkey.signUp })
    await expect(create).toHaveAttribute('data-mode', 'sign-up')
    await userEvent.click(create)
    await waitFor(() => expect(card).toHaveAttribute('data-state', 'success'), { timeout: 5000 })
    // Focus moves to the success line in an effect after the render that shows it.
    await waitFor(() => expect(canvas.getByText(t.signIn.signedUp)).toHaveFocus())
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ status: 'signed-in' }),
      'passkey',
    )
  },
}

/** The PIN step of sign-up: the PIN is typed twice. */
export const PinStep: Story = {
  args: { methods: ['pin'] },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    await userEvent.click(canvas.getByRole('button', { name: t.signIn.methodPin }))
    await expect(
      await canvas.findByRole('group', { name: t.signIn.pinSignUpTitle }),
    ).toHaveAccessibleDescription(t.signIn.pinSignUpHint)
  },
}
