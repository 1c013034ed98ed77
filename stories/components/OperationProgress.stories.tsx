import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useState } from 'react'
import { expect, waitFor } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { OperationProgress } from '../../src/components/OperationProgress/OperationProgress.tsx'
import { signedInLoader, withSignedInIbex } from '../support/withSignedInIbex.tsx'

const meta = {
  title: 'Components/OperationProgress',
  component: OperationProgress,
  argTypes: {
    locale: localeArgType,
    stage: {
      control: 'select',
      options: [
        'idle',
        'validating',
        'preparing',
        'signing',
        'executing',
        'pending',
        'confirmed',
        'failed',
      ],
    },
  },
  args: { chainId: 421614, signingWith: 'passkey' },
  loaders: [signedInLoader],
  decorators: [withSignedInIbex],
} satisfies Meta<typeof OperationProgress>

export default meta
type Story = StoryObj<typeof meta>

/** The operation is being prepared (CREATED in progress). */
export const Preparing: Story = {
  args: { stage: 'preparing' },
  play: async ({ canvasElement }) =>
    expect(canvasElement.querySelector('.ibex-operation-progress')).toHaveAttribute(
      'data-state',
      'pending',
    ),
}

/** The passkey prompt is open (SIGNED in progress). */
export const Signing: Story = { args: { stage: 'signing' } }

/** Executed, waiting for the chain (CONFIRMED in progress). */
export const Pending: Story = { args: { stage: 'pending' } }

/** Confirmed, with the transaction on the chain's explorer. */
export const Confirmed: Story = {
  args: {
    stage: 'confirmed',
    transactionHash: '0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060',
  },
}

/** Failed while executing: the steps reached, then FAILED. */
export const Failed: Story = {
  render: function FailedProgress(args) {
    // The component learns where a run stopped from the stages it saw: show it one first.
    return <FailedAfterExecuting {...args} />
  },
  args: { stage: 'failed' },
  play: async ({ canvasElement }) =>
    waitFor(() =>
      expect(canvasElement.querySelector('.ibex-operation-progress')).toHaveAttribute(
        'data-state',
        'error',
      ),
    ),
}

function FailedAfterExecuting(props: Parameters<typeof OperationProgress>[0]) {
  const [stage, setStage] = useState<typeof props.stage>('executing')
  useEffect(() => {
    // The next task: the component renders `executing` once, as a real run would.
    const timer = setTimeout(() => setStage('failed'), 0)
    return () => clearTimeout(timer)
  }, [])
  return <OperationProgress {...props} stage={stage} />
}
