import { configure, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TransferForm } from '../../../src/components/TransferForm/TransferForm.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { otherUser, PIN, safeOf, signUpAs } from '../../react/operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 8_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }

async function readyForm(container: HTMLElement) {
  const root = container.querySelector('.ibex-transfer-form')
  await waitFor(() => expect(root).toHaveAttribute('data-state', 'idle'))
  return root
}

describe('given a TransferForm', () => {
  it('should send with a passkey: stages CREATED → SIGNED → EXECUTED → CONFIRMED, then the explorer link', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const receiver = await otherUser()
    const { container } = renderWithIbex(<TransferForm tracking={tracking} />, ibex, {
      locale: 'fr',
    })
    const root = await readyForm(container)
    await expectNoAxeViolations(container)

    await user.type(screen.getByLabelText('Adresse du destinataire'), safeOf(receiver.user))
    await user.selectOptions(screen.getByLabelText('Jeton à envoyer'), 'EUR-IBEX — solde 100')
    // The French decimal comma is read as such.
    await user.type(screen.getByLabelText('Montant'), '12,5')
    expect(
      screen.getByText('Aucuns frais de réseau : ils sont pris en charge pour vous.'),
    ).toBeVisible()
    ibex.clearRequests()
    const send = screen.getByRole('button', { name: 'Envoyer' })
    await user.click(send)

    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    const status = container.querySelector('[data-part="status"]')
    expect(status).toHaveTextContent(/^12,5.EUR-IBEX envoyés à 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\.$/)
    const steps = [...container.querySelectorAll('[data-part="step"]')]
    expect(
      steps.map((step) => [step.getAttribute('data-step'), step.getAttribute('data-status')]),
    ).toEqual([
      ['CREATED', 'done'],
      ['SIGNED', 'done'],
      ['EXECUTED', 'done'],
      ['CONFIRMED', 'done'],
    ])
    const link = await screen.findByRole('link', { name: 'Voir dans l’explorateur de blocs' })
    expect(link.getAttribute('href')).toMatch(
      /^https:\/\/sepolia\.arbiscan\.io\/tx\/0x[0-9a-f]{64}$/,
    )
    // Exactly one operation prepared and executed.
    expect(ibex.requests().filter((r) => r === 'POST /v1.2/safes/operations')).toHaveLength(1)
    // The same button starts a new transfer (focus stays where it was).
    expect(screen.getByRole('button', { name: 'Nouveau transfert' })).toBe(send)
    await expectNoAxeViolations(container)
  })

  it('should refuse a bad address, a wrong checksum, dust decimals and too much, at their field, with no request', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { container } = renderWithIbex(<TransferForm />, ibex)
    await readyForm(container)
    ibex.clearRequests()
    const recipient = screen.getByLabelText('Recipient address')
    const amount = screen.getByLabelText('Amount')

    await user.type(recipient, '0x1234')
    await user.type(amount, '5')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient).toHaveAttribute('aria-invalid', 'true')
    expect(recipient).toHaveAccessibleDescription(
      'This is not a valid address. Paste an address: 0x followed by 40 letters and digits.',
    )
    expect(recipient).toHaveFocus()

    await user.clear(recipient)
    // Vitalik's address with one letter's case flipped.
    await user.type(recipient, '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'.replace('dA6', 'Da6'))
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient).toHaveAccessibleDescription(/^This address contains a typo/)

    await user.clear(recipient)
    await user.type(recipient, '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045')
    await user.clear(amount)
    await user.type(amount, '250')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    expect(recipient).not.toHaveAttribute('aria-invalid')
    expect(amount).toHaveAttribute('aria-invalid', 'true')
    expect(amount).toHaveFocus()
    expect(amount).toHaveAccessibleDescription(
      /^Available: 100.EUR-IBEX This is more than your balance\. Enter at most 100.EUR-IBEX, or use Max\.$/,
    )

    await user.click(screen.getByRole('button', { name: 'Max' }))
    expect(amount).toHaveValue('100')
    expect(amount).not.toHaveAttribute('aria-invalid')
    expect(ibex.requests().filter((r) => r.includes('operations'))).toEqual([])
    await expectNoAxeViolations(container)
  })

  it('should ask a PIN user for the PIN on the pad, and word a wrong one there', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'pin')
    const receiver = await otherUser()
    const { container } = renderWithIbex(<TransferForm tracking={tracking} />, ibex)
    const root = await readyForm(container)
    await user.type(screen.getByLabelText('Recipient address'), safeOf(receiver.user))
    await user.type(screen.getByLabelText('Amount'), '1')
    await user.click(screen.getByRole('button', { name: 'Send' }))

    const pad = await screen.findByRole('group', { name: 'Enter your PIN to confirm' })
    expect(pad).toBeInTheDocument()
    for (const digit of '000000')
      await user.click(screen.getByRole('button', { name: `Digit ${digit}` }))
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() =>
      expect(container).toHaveTextContent('Incorrect PIN. Check it and try again.'),
    )
    expect(root).toHaveAttribute('data-state', 'error')

    for (const digit of PIN)
      await user.click(screen.getByRole('button', { name: `Digit ${digit}` }))
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    // The PIN is nowhere on the page.
    expect(container.innerHTML).not.toContain(PIN)
  })
})
