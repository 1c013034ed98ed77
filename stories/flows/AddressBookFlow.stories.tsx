import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { AddressBook } from '../support/AddressBook.tsx'
import { addressBookStoryMessages } from '../support/addressBookStoryMessages.ts'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * The address book after a passkey sign-up: `useCreateContact` saves a contact (a mistyped
 * checksum is refused before any request), `useAddressBook` lists it, `useDeleteContact`
 * removes it.
 */
function AddressBookApp(): ReactNode {
  return (
    <PasskeyWallet>
      <AddressBook />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/Address book',
  component: AddressBookApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout>
      <AddressBookApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof AddressBookApp>

export default meta
type Story = StoryObj<typeof meta>

const ADA = '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'

/** Save Ada (a wrong checksum first, refused at the field), see her listed, remove her. */
export const SaveAndRemove: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement)
    const text = addressBookStoryMessages(globals.locale as string | undefined)

    await step('Sign up', async () => {
      await signUpInPlay(canvasElement)
      await canvas.findByText(text.empty, {}, { timeout: 5000 })
    })

    await step('A mistyped checksum is refused at the address', async () => {
      await userEvent.type(canvas.getByLabelText(text.nameLabel), 'Ada')
      await userEvent.type(canvas.getByLabelText(text.addressLabel), ADA.replace('d8dA', 'd8DA'))
      await userEvent.click(canvas.getByRole('button', { name: text.save }))
      await waitFor(() =>
        expect(canvas.getByLabelText(text.addressLabel)).toHaveAttribute('aria-invalid', 'true'),
      )
    })

    await step('Saved, listed, removed', async () => {
      const address = canvas.getByLabelText(text.addressLabel)
      await userEvent.clear(address)
      await userEvent.type(address, ADA)
      await userEvent.click(canvas.getByRole('button', { name: text.save }))
      const removeAda = await canvas.findByRole(
        'button',
        { name: text.remove('Ada') },
        { timeout: 5000 },
      )
      await userEvent.click(removeAda)
      await canvas.findByText(text.empty, {}, { timeout: 5000 })
    })
  },
}
