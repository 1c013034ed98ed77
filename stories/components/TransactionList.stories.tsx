import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { TransactionList } from '../../src/components/TransactionList/TransactionList.tsx'
import {
  resetFaultsAfterStory,
  signedInLoader,
  withSignedInIbex,
  type SignedInStoryParameters,
} from '../support/withSignedInIbex.tsx'

const meta = {
  title: 'Components/TransactionList',
  component: TransactionList,
  argTypes: { locale: localeArgType },
  loaders: [signedInLoader],
  decorators: [withSignedInIbex],
  beforeEach: resetFaultsAfterStory,
} satisfies Meta<typeof TransactionList>

export default meta
type Story = StoryObj<typeof meta>

async function expectState(canvasElement: HTMLElement, state: string) {
  await waitFor(
    () =>
      expect(canvasElement.querySelector('.ibex-transaction-list')).toHaveAttribute(
        'data-state',
        state,
      ),
    { timeout: 5000 },
  )
}

/** A new Safe's history: the three faucet credits, today, two per page with "Show more". */
export const Loaded: Story = {
  args: { filters: { chainId: 421614, limit: 2 } },
  play: async ({ canvasElement }) => expectState(canvasElement, 'success'),
}

/** While IBEx answers: a skeleton at the list's final height. */
export const Loading: Story = {
  args: { filters: { chainId: 421614 } },
  parameters: { signedIn: { faults: { latencyMs: 600_000 } } satisfies SignedInStoryParameters },
  play: async ({ canvasElement }) => expectState(canvasElement, 'loading'),
}

/** A chain with no activity yet. */
export const Empty: Story = {
  args: { filters: { chainId: 100 } },
  play: async ({ canvasElement }) => expectState(canvasElement, 'empty'),
}

/** IBEx under maintenance: worded for the user, with a retry. */
export const Error: Story = {
  args: { filters: { chainId: 421614 } },
  parameters: { signedIn: { faults: { maintenance: true } } satisfies SignedInStoryParameters },
  play: async ({ canvasElement }) => expectState(canvasElement, 'error'),
}
