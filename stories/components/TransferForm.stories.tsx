import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { localeArgType } from '../../.storybook/localeArgType.ts'
import { TransferForm } from '../../src/components/TransferForm/TransferForm.tsx'
import { storyMock } from '../support/storyMock.ts'
import { storyOperationTracking } from '../support/storyOperationTracking.ts'
import { storyWalletMessages } from '../support/storyWalletMessages.ts'
import {
  resetFaultsAfterStory,
  signedInLoader,
  withSignedInIbex,
  type SignedInStoryParameters,
} from '../support/withSignedInIbex.tsx'

// A recipient outside the user's Safe (Vitalik's address, checksummed).
const RECIPIENT = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'

const meta = {
  title: 'Components/TransferForm',
  component: TransferForm,
  argTypes: { locale: localeArgType },
  args: { tracking: storyOperationTracking },
  loaders: [signedInLoader],
  decorators: [withSignedInIbex],
  beforeEach: resetFaultsAfterStory,
} satisfies Meta<typeof TransferForm>

export default meta
type Story = StoryObj<typeof meta>

function form(canvasElement: HTMLElement) {
  const root = canvasElement.querySelector('.ibex-transfer-form')
  if (!root) throw new Error('No TransferForm')
  return root
}

async function expectState(canvasElement: HTMLElement, state: string, timeout = 5000) {
  await waitFor(() => expect(form(canvasElement)).toHaveAttribute('data-state', state), { timeout })
}

/** Ready to send: the Safe's tokens with their balances, Max, and the sponsored-fee note. */
export const Ready: Story = {
  play: async ({ canvasElement }) => expectState(canvasElement, 'idle'),
}

/** While the balances load: the form keeps its size. */
export const Loading: Story = {
  parameters: { signedIn: { faults: { latencyMs: 600_000 } } satisfies SignedInStoryParameters },
  play: async ({ canvasElement }) => expectState(canvasElement, 'loading'),
}

/** Disabled by the app. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => expectState(canvasElement, 'disabled'),
}

/** A mistyped address and more than the balance: refused at their fields before any request. */
export const InvalidInput: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'idle')
    await userEvent.type(canvas.getByLabelText(text.recipientLabel), '0xd8dA6BF2')
    await userEvent.type(canvas.getByLabelText(text.amountLabel), '250')
    await userEvent.click(canvas.getByRole('button', { name: text.submit }))
    await expect(canvas.getByLabelText(text.recipientLabel)).toHaveAttribute('aria-invalid', 'true')
    await expect(canvas.getByLabelText(text.recipientLabel)).toHaveAccessibleDescription(
      `${text.errorAddressInvalid} ${text.errorAddressInvalidHint}`,
    )
  },
}

/** Sent and waiting: the progress shows where the operation stands (IBEx is slow here). */
export const Pending: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'idle')
    storyMock.setFaults({ latencyMs: 600_000 })
    await userEvent.type(canvas.getByLabelText(text.recipientLabel), RECIPIENT)
    await userEvent.type(canvas.getByLabelText(text.amountLabel), '12.5')
    await userEvent.click(canvas.getByRole('button', { name: text.submit }))
    await expectState(canvasElement, 'pending')
  },
}

/** Confirmed: every step done, what was sent, and the explorer link. */
export const Success: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'idle')
    await userEvent.type(canvas.getByLabelText(text.recipientLabel), RECIPIENT)
    await userEvent.type(canvas.getByLabelText(text.amountLabel), '12.5')
    await userEvent.click(canvas.getByRole('button', { name: text.submit }))
    await expectState(canvasElement, 'success', 15_000)
    const progress = storyWalletMessages({ globals }, 'operationProgress')
    await canvas.findByRole('link', { name: progress.viewOnExplorer }, { timeout: 5000 })
  },
}

/** The chain refused the operation: worded for the user, with a retry. */
export const Failed: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'idle')
    storyMock.setFaults({ failNextOperation: true })
    await userEvent.type(canvas.getByLabelText(text.recipientLabel), RECIPIENT)
    await userEvent.type(canvas.getByLabelText(text.amountLabel), '1')
    await userEvent.click(canvas.getByRole('button', { name: text.submit }))
    await expectState(canvasElement, 'error', 15_000)
    await expect(canvas.getByRole('alert')).toHaveTextContent(text.errorOperationFailed)
  },
}

/** A user with saved contacts: the recipient is a combobox of the contacts on the chain. */
export const WithContacts: Story = {
  parameters: {
    signedIn: {
      contacts: [
        { name: 'Ada Lovelace', address: RECIPIENT },
        { name: 'Grace Hopper', address: '0x71C7656EC7ab88b098defB751B7401B5f6d8976F' },
      ],
    } satisfies SignedInStoryParameters,
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'idle')
    const recipient = await canvas.findByRole('combobox', { name: text.recipientLabel })
    await userEvent.click(recipient)
    await userEvent.keyboard('{ArrowDown}')
    const list = canvas.getByRole('listbox', { name: text.contactsLabel })
    await expect(within(list).getAllByRole('option')).toHaveLength(2)
    await userEvent.keyboard('{Enter}')
    await expect(recipient).toHaveValue(RECIPIENT)
    await expect(recipient).toHaveAccessibleDescription(
      text.contactChosen.replace('{name}', 'Ada Lovelace'),
    )
  },
}

/**
 * An email user's first transfer of the page session: the code IBEx emails (see the mock
 * panel's mailbox) and the passphrase ("correct horse battery staple") unlock the key; later
 * ones ask the passphrase only.
 */
export const EmailCode: Story = {
  parameters: { signedIn: { as: 'email' } satisfies SignedInStoryParameters },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'idle')
    await userEvent.type(canvas.getByLabelText(text.recipientLabel), RECIPIENT)
    await userEvent.type(canvas.getByLabelText(text.amountLabel), '1')
    await userEvent.click(canvas.getByRole('button', { name: text.submit }))
    await canvas.findByLabelText(text.codeLabel)
    await waitFor(() => expect(canvas.getByText(text.codeSent)).toBeVisible(), { timeout: 5000 })
  },
}

/** An external-wallet user (EIP-7702) with no wallet connected: the form says what it needs. */
export const WalletNeeded: Story = {
  parameters: { signedIn: { as: 'wallet' } satisfies SignedInStoryParameters },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement)
    const text = storyWalletMessages({ globals }, 'transferForm')
    await expectState(canvasElement, 'disabled')
    await expect(canvas.getByRole('note')).toHaveTextContent(text.walletNeeded)
    await expect(canvas.getByRole('button', { name: text.submit })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}
