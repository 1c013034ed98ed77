import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TransferForm } from '../../../src/components/TransferForm/TransferForm.tsx'
import { createContact } from '../../../src/core/actions/addressBook/createContact.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { otherUser, safeOf, signUpAs } from '../../react/operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 8_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }

describe('given a TransferForm and a user with saved contacts', () => {
  it('should offer the contacts of the chain in a combobox, by keyboard, and still take a typed address', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, 'passkey')
    const alice = await otherUser()
    const bob = await otherUser()
    await createContact(ibex.client, {
      name: 'Alice Martin',
      crypto: [{ chainId: 421614, address: safeOf(alice.user) }],
    })
    await createContact(ibex.client, {
      name: 'Bob Durand',
      crypto: [{ chainId: 421614, address: safeOf(bob.user) }],
    })
    // Only on another chain: not offered.
    await createContact(ibex.client, {
      name: 'Carol Elsewhere',
      crypto: [{ chainId: 100, address: safeOf(bob.user) }],
    })
    const { container } = renderWithIbex(<TransferForm tracking={tracking} />, ibex, {
      locale: 'fr',
    })
    const root = container.querySelector('.ibex-transfer-form')
    const recipient = await screen.findByRole('combobox', { name: 'Adresse du destinataire' })
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'idle'))
    expect(recipient).toHaveAttribute('aria-expanded', 'false')
    await expectNoAxeViolations(container)

    // ArrowDown opens the list on its first contact; Enter picks it.
    recipient.focus()
    await user.keyboard('{ArrowDown}')
    expect(recipient).toHaveAttribute('aria-expanded', 'true')
    const list = screen.getByRole('listbox', { name: 'Carnet d’adresses' })
    const options = within(list).getAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual([
      expect.stringMatching(/^Alice Martin 0x/),
      expect.stringMatching(/^Bob Durand 0x/),
    ])
    expect(recipient.getAttribute('aria-activedescendant')).toBe(options[0]?.id)
    await expectNoAxeViolations(container)
    await user.keyboard('{ArrowDown}{Enter}')
    expect(recipient).toHaveValue(safeOf(bob.user))
    expect(recipient).toHaveAttribute('aria-expanded', 'false')
    expect(recipient).toHaveAccessibleDescription('Paiement à Bob Durand')
    expect(root).toHaveAttribute('data-state', 'idle')

    // Typing filters by name; Escape closes the list and keeps what was typed.
    await user.clear(recipient)
    await user.type(recipient, 'ali')
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringMatching(/^Alice Martin/)])
    await user.keyboard('{Escape}')
    expect(recipient).toHaveAttribute('aria-expanded', 'false')
    expect(recipient).toHaveValue('ali')

    // A typed address that is no contact is still sent, checksum-checked first.
    await user.clear(recipient)
    const stranger = await otherUser()
    await user.type(recipient, safeOf(stranger.user))
    await user.type(screen.getByLabelText('Montant'), '1')
    await user.click(screen.getByRole('button', { name: 'Envoyer' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
  })

  it('should keep a plain text input for users without contacts', async () => {
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { container } = renderWithIbex(<TransferForm />, ibex)
    await waitFor(() =>
      expect(container.querySelector('.ibex-transfer-form')).toHaveAttribute('data-state', 'idle'),
    )
    expect(screen.queryByRole('combobox', { name: 'Recipient address' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Recipient address' })).toBeVisible()
  })
})
