import { configure, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SwapForm } from '../../../src/components/SwapForm/SwapForm.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { PIN, signUpAs } from '../../react/operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 8_000 })

describe('given a SwapForm and a PIN user', () => {
  it('should sign the quote on screen with the PIN pad of the shared signing step', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20, quoteTtl: 60 } })
    await signUpAs(ibex, 'pin')
    const { container } = renderWithIbex(
      <SwapForm tracking={{ intervalMs: 10, timeoutMs: 5_000 }} debounceMs={0} />,
      ibex,
    )
    const root = container.querySelector('.ibex-swap-form')
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'idle'))
    await user.type(screen.getByLabelText('Amount to pay'), '2')
    await waitFor(() =>
      expect(container.querySelector('[data-part="quote"]')).toHaveAttribute('data-state', 'ready'),
    )
    ibex.clearRequests()
    await user.click(screen.getByRole('button', { name: 'Swap' }))
    await screen.findByRole('group', { name: 'Enter your PIN to confirm' })
    // Nothing is prepared before the PIN is given.
    expect(ibex.requests().filter((r) => r.includes('operations'))).toEqual([])
    await expectNoAxeViolations(container)
    for (const digit of PIN)
      await user.click(screen.getByRole('button', { name: `Digit ${digit}` }))
    await user.click(screen.getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(screen.queryByRole('group', { name: 'Enter your PIN to confirm' })).toBeNull()
    expect(container.innerHTML).not.toContain(PIN)
  })
})
