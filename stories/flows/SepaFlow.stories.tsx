import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { FlowLayout } from '../support/FlowLayout.tsx'
import { PasskeyWallet } from '../support/PasskeyWallet.tsx'
import { SepaPayment } from '../support/SepaPayment.tsx'
import { sepaStoryMessages } from '../support/sepaStoryMessages.ts'
import { signUpInPlay } from '../support/signUpInPlay.ts'
import { withIbexProvider } from '../support/withIbexProvider.tsx'

/**
 * SEPA with passkey approval: after a passkey sign-up, `useAddIban` opens an IBAN for the Safe
 * and `useSepaPayment` pays an IBAN; each asks for the passkey between its two requests (here
 * the software authenticator answers). `useSepaTransactions` lists what was paid.
 */
function SepaApp(): ReactNode {
  return (
    <PasskeyWallet>
      <SepaPayment />
    </PasskeyWallet>
  )
}

const meta = {
  title: 'Flows/SEPA payment',
  component: SepaApp,
  decorators: [withIbexProvider],
  render: () => (
    <FlowLayout>
      <SepaApp />
    </FlowLayout>
  ),
} satisfies Meta<typeof SepaApp>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Passkey sign-up → an IBAN approved with the passkey → 150 EUR to a German IBAN approved with
 * the passkey: the payment is listed. A mistyped IBAN is refused first, before any request.
 */
export const PaymentWithPasskey: Story = {
  play: async ({ canvasElement, step, globals }) => {
    const canvas = within(canvasElement)
    const text = sepaStoryMessages(globals.locale as string | undefined)

    await step('Sign up, then get an IBAN (passkey approval)', async () => {
      await signUpInPlay(canvasElement)
      await userEvent.click(
        await canvas.findByRole('button', { name: text.addIban }, { timeout: 5000 }),
      )
      await canvas.findByTestId('sepa-iban', {}, { timeout: 5000 })
    })

    await step('A mistyped IBAN is refused before anything is sent', async () => {
      await userEvent.type(canvas.getByLabelText(text.creditorNameLabel), 'Charles Babbage')
      await userEvent.type(
        canvas.getByLabelText(text.creditorIbanLabel),
        'DE89 3704 0044 0532 0130 01',
      )
      await userEvent.type(canvas.getByLabelText(text.amountLabel), '150')
      await userEvent.type(canvas.getByLabelText(text.referenceLabel), 'Invoice 42')
      await userEvent.click(canvas.getByRole('button', { name: text.pay }))
      await waitFor(() =>
        expect(canvas.getByLabelText(text.creditorIbanLabel)).toHaveAttribute(
          'aria-invalid',
          'true',
        ),
      )
    })

    await step('Pay 150 EUR (passkey approval): listed', async () => {
      const iban = canvas.getByLabelText(text.creditorIbanLabel)
      await userEvent.clear(iban)
      await userEvent.type(iban, 'DE89 3704 0044 0532 0130 00')
      await userEvent.click(canvas.getByRole('button', { name: text.pay }))
      await waitFor(() => expect(canvas.getByTestId('sepa-status')).toHaveTextContent(text.paid), {
        timeout: 5000,
      })
      const payment = await canvas.findByText('Invoice 42', {}, { timeout: 5000 })
      await expect(payment.closest('li')).toHaveAttribute('data-amount', '150.00 EUR')
    })
  },
}
