import { configure, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts'
import { describe, expect, it } from 'vitest'
import { TransferForm } from '../../../src/components/TransferForm/TransferForm.tsx'
import { signUp } from '../../../src/core/actions/signUp.ts'
import { emailSigningBackups } from '../../../src/core/email/emailSigningBackups.ts'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import {
  lastCode,
  otherUser,
  PASSPHRASE,
  safeOf,
  signUpAs,
} from '../../react/operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 8_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }

async function readyForm(container: HTMLElement, state = 'idle') {
  const root = container.querySelector('.ibex-transfer-form')
  await waitFor(() => expect(root).toHaveAttribute('data-state', state))
  return root
}

describe('given a TransferForm and a user who does not sign with a passkey', () => {
  it('should ask an email user for the emailed code once, then the passphrase alone', async () => {
    const user = userEvent.setup()
    const email = 'form-signer@example.com'
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    await signUpAs(ibex, { email })
    // As after a reload: the encrypted key is no longer in memory.
    emailSigningBackups.forget(ibex.client)
    const receiver = await otherUser()
    const { container } = renderWithIbex(<TransferForm tracking={tracking} />, ibex)
    const root = await readyForm(container)
    await user.type(screen.getByLabelText('Recipient address'), safeOf(receiver.user))
    await user.type(screen.getByLabelText('Amount'), '1')
    ibex.clearRequests()
    await user.click(screen.getByRole('button', { name: 'Send' }))

    // One code is emailed as the step opens; nothing is prepared yet.
    const code = await screen.findByLabelText('Code from your email')
    await waitFor(() => expect(ibex.mock.outbox(email)).toBeDefined())
    await waitFor(() =>
      expect(ibex.requests().filter((r) => r.startsWith('GET /v1.2/auth/sign-in'))).toHaveLength(1),
    )
    expect(ibex.requests().filter((r) => r.includes('operations'))).toEqual([])
    expect(code).toHaveAccessibleDescription(/^We emailed you a 6-digit code\./)
    await expectNoAxeViolations(container)

    // A wrong code is worded at the code, and the step stays open.
    const right = lastCode(ibex, email)
    const wrong = right === '000000' ? '111111' : '000000'
    await user.type(code, wrong)
    await user.type(screen.getByLabelText('Passphrase', { selector: 'input' }), PASSPHRASE)
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Code from your email')).toHaveAccessibleDescription(
        expect.stringContaining('This code is not correct.'),
      ),
    )
    expect(root).toHaveAttribute('data-state', 'error')

    await user.clear(screen.getByLabelText('Code from your email'))
    await user.type(screen.getByLabelText('Code from your email'), right)
    await user.type(screen.getByLabelText('Passphrase', { selector: 'input' }), PASSPHRASE)
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(container.innerHTML).not.toContain(PASSPHRASE)

    // The next transfer needs the passphrase only.
    await user.click(screen.getByRole('button', { name: 'New transfer' }))
    await user.type(screen.getByLabelText('Recipient address'), safeOf(receiver.user))
    await user.type(screen.getByLabelText('Amount'), '1')
    ibex.clearRequests()
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await screen.findByLabelText('Passphrase', { selector: 'input' })
    expect(screen.queryByLabelText('Code from your email')).toBeNull()
    await user.type(screen.getByLabelText('Passphrase', { selector: 'input' }), PASSPHRASE)
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(ibex.requests().filter((r) => r.startsWith('GET /v1.2/auth/sign-in'))).toEqual([])
  })

  it('should say an EIP-7702 user needs a wallet, then sign with the `signer` given', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20 } })
    const account = privateKeyToAccount(generatePrivateKey())
    await signUp(ibex.client, {
      wallet: '7702',
      signer: {
        address: account.address,
        chainId: 421614,
        signMessage: (message) => account.signMessage({ message }),
      },
    })
    const receiver = await otherUser()
    const view = renderWithIbex(<TransferForm tracking={tracking} locale="es" />, ibex)
    await readyForm(view.container, 'disabled')
    expect(screen.getByRole('note')).toHaveTextContent(
      'Conecta tu billetera para confirmar.Abre tu billetera y conecta la cuenta con la que iniciaste sesión.',
    )
    expect(screen.getByRole('button', { name: 'Enviar' })).toHaveAttribute('aria-disabled', 'true')
    await expectNoAxeViolations(view.container)
    view.unmount()

    let prompts = 0
    const signer = {
      address: account.address,
      signMessage: (message: { raw: `0x${string}` }) => {
        prompts += 1
        return account.signMessage({ message })
      },
    }
    const { container } = renderWithIbex(<TransferForm tracking={tracking} signer={signer} />, ibex)
    const root = await readyForm(container)
    expect(screen.queryByRole('note')).toBeNull()
    await user.type(screen.getByLabelText('Recipient address'), safeOf(receiver.user))
    await user.type(screen.getByLabelText('Amount'), '2')
    await user.click(screen.getByRole('button', { name: 'Send' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(prompts).toBe(1)
  })
})
