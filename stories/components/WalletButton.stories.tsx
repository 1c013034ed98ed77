import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { WalletButton } from '../../src/components/WalletButton/WalletButton.tsx'
import type { StoryWalletParameters } from '../support/createStoryWagmiConfig.ts'
import { SessionSummary } from '../support/SessionSummary.tsx'
import { storyMessages } from '../support/storyMessages.ts'
import { formatMessage } from '../../src/components/internal/messages/formatMessage.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'
import { withStoryWagmi } from '../support/withStoryWagmi.tsx'

function rootOf(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('[data-ibex-wallet-button]')
  if (!root) throw new Error('no WalletButton root')
  return root
}

function liveText(canvasElement: HTMLElement, politeness: 'polite' | 'assertive'): string {
  return canvasElement.querySelector(`[data-ibex-live="${politeness}"]`)?.textContent ?? ''
}

async function expectState(canvasElement: HTMLElement, state: string, timeout = 5000) {
  await waitFor(() => expect(rootOf(canvasElement)).toHaveAttribute('data-state', state), {
    timeout,
  })
}

const meta = {
  title: 'Components/WalletButton',
  component: WalletButton,
  // Inside out: the app's wagmi config (a story wallet with a viem local account) sharing the
  // kit's QueryClient, then <IbexProvider> on the session's mock IBEx.
  decorators: [withStoryWagmi, withIbexProvider],
  argTypes: {
    locale: localeArgType,
    mode: { control: 'inline-radio', options: ['sign-up', 'sign-in'] },
  },
  args: { mode: 'sign-up', onSuccess: fn(), onError: fn() },
  render: (args) => (
    <div style={{ display: 'grid', gap: '1rem', justifyItems: 'center' }}>
      <WalletButton {...args} />
      <SessionSummary />
    </div>
  ),
} satisfies Meta<typeof WalletButton>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Idle, then a sign-up: the wallet connects, signs IBEx's challenge (`personal_sign`), and the
 * session holds the user's Safe. A new wallet address for every mount.
 */
export const SignUp: Story = {
  name: 'Idle, then sign-up',
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: t.wallet.signUp })
    await expect(rootOf(canvasElement)).toHaveAttribute('data-state', 'idle')
    await expect(rootOf(canvasElement)).toHaveAttribute('data-mode', 'sign-up')
    await userEvent.click(button)
    await expectState(canvasElement, 'success')
    await expect(liveText(canvasElement, 'polite')).toBe(t.wallet.signUpSuccess)
    await expect(await canvas.findByTestId('safe-address')).toHaveTextContent(/^0x[0-9a-fA-F]{40}$/)
    await expect(args.onSuccess).toHaveBeenCalledOnce()
  },
}

/**
 * Pending: the wallet takes its time to sign (the user reads the request). The button stays
 * focusable, refuses presses (`aria-disabled`) and says what it waits for.
 */
export const Pending: Story = {
  parameters: { storyWallet: { signDelayMs: 1500 } satisfies StoryWalletParameters },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: t.wallet.signUp })
    await userEvent.click(button)
    await expectState(canvasElement, 'pending')
    await expect(button).toHaveAttribute('aria-disabled', 'true')
    await expect(button).toHaveFocus()
    await waitFor(() => expect(liveText(canvasElement, 'polite')).toBe(t.wallet.pending))
    await userEvent.click(button)
    await expectState(canvasElement, 'success')
    await expect(args.onSuccess).toHaveBeenCalledOnce()
  },
}

/**
 * Error: the user declines the signature in the wallet (`wallet/rejected`). Their choice, so
 * it is said politely; `data-error-code` and `onError` tell the app why.
 */
export const Rejected: Story = {
  name: 'Error (declined in the wallet)',
  parameters: { storyWallet: { reject: true } satisfies StoryWalletParameters },
  play: async ({ args, canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: t.wallet.signUp }))
    await expectState(canvasElement, 'error')
    await expect(rootOf(canvasElement)).toHaveAttribute('data-error-code', 'wallet/rejected')
    await expect(liveText(canvasElement, 'polite')).toBe(t.wallet.rejected)
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'wallet/rejected' }),
    )
    await expect(canvas.getByTestId('session-status')).toHaveAttribute('data-status', 'signed-out')
  },
}

/** Sign-in with a wallet that has no account yet: IBEx says so before the wallet is asked. */
export const UnknownAccount: Story = {
  name: 'Error (no account yet)',
  args: { mode: 'sign-in' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: t.wallet.signIn }))
    await expectState(canvasElement, 'error')
    await expect(rootOf(canvasElement)).toHaveAttribute('data-error-code', 'http/not-found')
    await expect(liveText(canvasElement, 'assertive')).toBe(t.wallet.accountUnknown)
  },
}

/** Several connectors in the wagmi config: a labelled group, one button per wallet. */
export const SeveralWallets: Story = {
  parameters: {
    storyWallet: { wallets: ['Story Wallet', 'Other Wallet'] } satisfies StoryWalletParameters,
  },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    const canvas = within(canvasElement)
    const group = canvas.getByRole('group', { name: t.wallet.chooseWallet })
    const buttons = within(group).getAllByRole('button')
    await expect(buttons.map((button) => button.textContent)).toEqual([
      formatMessage(t.wallet.signUpWith, { wallet: 'Story Wallet' }),
      formatMessage(t.wallet.signUpWith, { wallet: 'Other Wallet' }),
    ])
    const chosen = within(group).getByRole('button', {
      name: formatMessage(t.wallet.signUpWith, { wallet: 'Other Wallet' }),
    })
    await userEvent.click(chosen)
    await expectState(canvasElement, 'success')
    await expect(chosen).toHaveAttribute('data-state', 'success')
    await expect(chosen).toHaveFocus()
  },
}

/** The French strings, chosen by the Locale toolbar (or the `locale` prop). */
export const French: Story = {
  globals: { locale: 'fr' },
  parameters: { storyWallet: { reject: true } satisfies StoryWalletParameters },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'S’inscrire avec un portefeuille' }))
    await expectState(canvasElement, 'error')
    await expect(liveText(canvasElement, 'polite')).toBe(
      'Vous avez refusé la demande dans votre portefeuille.',
    )
  },
}

/** The dark theme (Theme toolbar), in the success colours. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const t = storyMessages(globals)
    await expect(rootOf(canvasElement).closest('[data-ibex-theme]')).toHaveAttribute(
      'data-ibex-theme',
      'dark',
    )
    await userEvent.click(within(canvasElement).getByRole('button', { name: t.wallet.signUp }))
    await expectState(canvasElement, 'success')
  },
}
