import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
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
  // Loading on scroll is off here, so the page and its "Show more" stay as they are.
  args: { filters: { chainId: 421614, limit: 2 }, autoLoad: false },
  play: async ({ canvasElement }) => expectState(canvasElement, 'success'),
}

/**
 * Infinite loading: one transaction per page, and each next page loads as the end of the list
 * (its "Show more" button, kept for keyboards) scrolls into view, until the history is shown.
 */
export const InfiniteScroll: Story = {
  args: { filters: { chainId: 421614, limit: 1 } },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'success')
    if (typeof IntersectionObserver === 'undefined') {
      // No observer (jsdom, old browsers): the button is the way, one page per press.
      for (let page = 2; page <= 3; page += 1) {
        const more = await within(canvasElement).findByRole('button', {}, { timeout: 5000 })
        await userEvent.click(more)
        await waitFor(
          () => expect(canvasElement.querySelectorAll('[data-part="row"]')).toHaveLength(page),
          { timeout: 5000 },
        )
      }
    }
    await waitFor(
      () => {
        expect(canvasElement.querySelectorAll('[data-part="row"]')).toHaveLength(3)
        expect(canvasElement.querySelector('[data-part="more"]')).toBeNull()
      },
      { timeout: 10_000 },
    )
  },
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
