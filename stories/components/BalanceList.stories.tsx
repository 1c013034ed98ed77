import type * as React from 'react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { BalanceList } from '../../src/components/BalanceList/BalanceList.tsx'
import {
  resetFaultsAfterStory,
  signedInLoader,
  withSignedInIbex,
  type SignedInStoryParameters,
} from '../support/withSignedInIbex.tsx'

const meta = {
  title: 'Components/BalanceList',
  component: BalanceList,
  argTypes: { locale: localeArgType },
  loaders: [signedInLoader],
  decorators: [withSignedInIbex],
  beforeEach: resetFaultsAfterStory,
} satisfies Meta<typeof BalanceList>

export default meta
type Story = StoryObj<typeof meta>

async function expectState(canvasElement: HTMLElement, state: string) {
  await waitFor(
    () =>
      expect(canvasElement.querySelector('.ibex-balance-list')).toHaveAttribute(
        'data-state',
        state,
      ),
    { timeout: 5000 },
  )
}

/** A new Safe on the session's chain: 100 EUR-IBEX, 100 USD-IBEX and 0.01 ETH, with values. */
export const Loaded: Story = {
  args: { chainId: 421614 },
  play: async ({ canvasElement }) => {
    await expectState(canvasElement, 'success')
    await expect(canvasElement.querySelectorAll('[data-part="row"]')).toHaveLength(3)
  },
}

/** While IBEx answers: a skeleton at the list's final height (here IBEx never answers). */
export const Loading: Story = {
  args: { chainId: 421614 },
  parameters: { signedIn: { faults: { latencyMs: 600_000 } } satisfies SignedInStoryParameters },
  play: async ({ canvasElement }) => expectState(canvasElement, 'loading'),
}

/** A chain where the Safe holds nothing. */
export const Empty: Story = {
  args: { chainId: 100 },
  play: async ({ canvasElement }) => expectState(canvasElement, 'empty'),
}

/** IBEx under maintenance: what happened and what to do, with a retry; never the server's text. */
export const Error: Story = {
  args: { chainId: 421614 },
  parameters: { signedIn: { faults: { maintenance: true } } satisfies SignedInStoryParameters },
  play: async ({ canvasElement }) => expectState(canvasElement, 'error'),
}

/** Restyled through `className`, `classNames` per part and the `--ibex-*` variables. */
export const Restyled: Story = {
  args: {
    chainId: 421614,
    currency: 'usd',
    style: { '--ibex-accent': '#0a7f5a', '--ibex-radius': '4px' } as React.CSSProperties,
  },
  play: async ({ canvasElement }) => expectState(canvasElement, 'success'),
}
