import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { SwapForm } from '../../src/components/SwapForm/SwapForm.tsx'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { storyWalletMessages } from '../support/storyWalletMessages.ts'
import {
  resetFaultsAfterStory,
  signedInLoader,
  withSignedInIbex,
  type SignedInStoryParameters,
} from '../support/withSignedInIbex.tsx'

const meta = {
  title: 'Components/SwapForm',
  component: SwapForm,
  argTypes: { locale: localeArgType },
  args: { tracking: storyOperationTracking, debounceMs: 0 },
  loaders: [signedInLoader],
  decorators: [withSignedInIbex],
  beforeEach: resetFaultsAfterStory,
} satisfies Meta<typeof SwapForm>

export default meta
type Story = StoryObj<typeof meta>

async function expectState(canvasElement: HTMLElement, state: string, timeout = 5000) {
  await waitFor(
    () =>
      expect(canvasElement.querySelector('.ibex-swap-form')).toHaveAttribute('data-state', state),
    { timeout },
  )
}

async function quote(canvasElement: HTMLElement, globals: Record<string, unknown>, amount: string) {
  const canvas = within(canvasElement)
  const text = storyWalletMessages({ globals }, 'swapForm')
  await expectState(canvasElement, 'idle')
  await userEvent.type(canvas.getByLabelText(text.amountLabel), amount)
}

/** Ready: what to pay and what to receive, with their balances. */
export const Ready: Story = {
  play: async ({ canvasElement }) => expectState(canvasElement, 'idle'),
}

/** While the balances load. */
export const Loading: Story = {
  parameters: { signedIn: { faults: { latencyMs: 600_000 } } satisfies SignedInStoryParameters },
  play: async ({ canvasElement }) => expectState(canvasElement, 'loading'),
}

/** Disabled by the app. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => expectState(canvasElement, 'disabled'),
}

/** A live quote: what is received, the rate, the minimum after 0.5 % and the countdown. */
export const Quoted: Story = {
  play: async ({ canvasElement, globals }) => {
    await quote(canvasElement, globals, '10')
    await waitFor(
      () =>
        expect(canvasElement.querySelector('[data-part="quote"]')).toHaveAttribute(
          'data-state',
          'ready',
        ),
      { timeout: 5000 },
    )
  },
}

/** More than the balance: refused at the amount, and no quote is asked for. */
export const NotEnoughFunds: Story = {
  play: async ({ canvasElement, globals }) => {
    await quote(canvasElement, globals, '500')
    await expectState(canvasElement, 'error')
  },
}

/** Swapped: the progress is complete, with what was sold and bought. */
export const Success: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'swapForm')
    await quote(canvasElement, globals, '10')
    const button = canvas.getByRole('button', { name: text.submit })
    await waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'), { timeout: 5000 })
    await userEvent.click(button)
    await expectState(canvasElement, 'success', 15_000)
  },
}
