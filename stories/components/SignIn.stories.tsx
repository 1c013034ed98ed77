import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { SignIn } from '../../src/components/SignIn/SignIn.tsx'
import { storyMessages } from '../support/storyMessages.ts'
import { StoryLogo } from '../support/StoryLogo.tsx'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

const meta = {
  title: 'Components/SignIn',
  component: SignIn,
  decorators: [withIbexProvider],
  argTypes: {
    locale: localeArgType,
    methods: { control: 'check', options: ['passkey', 'pin', 'email'] },
  },
  args: {
    methods: ['passkey', 'pin', 'email'],
    onSuccess: fn(),
    onError: fn(),
    onSwitchMode: fn(),
  },
} satisfies Meta<typeof SignIn>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The card as an app drops it in: the passkey first, the email field that also offers saved
 * passkeys (autofill), then the other methods; the footer switches to sign-up.
 */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    const card = canvas.getByRole('region', { name: t.signIn.signInTitle })
    await expect(card).toHaveAttribute('data-view', 'start')
    await expect(canvas.getByRole('button', { name: t.passkey.signIn })).toBeInTheDocument()
    await expect(canvas.getByRole('button', { name: t.signIn.methodPin })).toBeInTheDocument()
    await userEvent.click(canvas.getByRole('button', { name: t.signIn.switchToSignUp }))
    await expect(args.onSwitchMode).toHaveBeenCalledOnce()
  },
}

/** The header and footer slots: the app's logo and title, a footer of its own. */
export const WithLogoAndFooter: Story = {
  args: {
    logo: <StoryLogo />,
    title: 'Acme',
    footer: (
      <small>
        Secured by passkeys. <a href="#terms">Terms</a>
      </small>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'Acme' })).toBeInTheDocument()
    await expect(canvas.getByRole('img', { name: 'Acme' })).toBeInTheDocument()
    await expect(canvas.getByRole('link', { name: 'Terms' })).toBeInTheDocument()
  },
}

/**
 * The PIN step, loaded when opened: the pad, and a way back to the other methods (focus goes
 * there and comes back to the PIN button).
 */
export const PinStep: Story = {
  args: { methods: ['pin', 'email'] },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const t = storyMessages(globals)
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(t.signIn.methodPin) }))
    await canvas.findByRole('group', { name: t.signIn.pinSignInTitle })
    const back = canvas.getByRole('button', { name: t.signIn.backSignIn })
    await waitFor(() => expect(back).toHaveFocus())
    await userEvent.click(back)
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: new RegExp(t.signIn.methodPin) })).toHaveFocus(),
    )
  },
}
