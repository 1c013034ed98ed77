import { configure, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { SwapForm } from '../../../src/components/SwapForm/SwapForm.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpAs } from '../../react/operations/operationTestUsers.ts'

configure({ asyncUtilTimeout: 8_000 })

const tracking = { intervalMs: 10, timeoutMs: 5_000 }

describe('given a SwapForm', () => {
  it('should quote with rate, minimum and countdown, then swap the quote on screen', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ mock: { operationConfirmDelayMs: 20, quoteTtl: 60 } })
    await signUpAs(ibex, 'passkey')
    const { container } = renderWithIbex(
      <SwapForm tracking={tracking} debounceMs={0} slippage={1} />,
      ibex,
      { locale: 'de' },
    )
    const root = container.querySelector('.ibex-swap-form')
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'idle'))
    await user.selectOptions(screen.getByLabelText('Sie zahlen'), 'EUR-IBEX — Guthaben 100')
    await user.selectOptions(screen.getByLabelText('Sie erhalten'), 'USD-IBEX — Guthaben 100')
    const swapButton = screen.getByRole('button', { name: 'Tauschen' })
    expect(swapButton).toHaveAttribute('aria-disabled', 'true')
    await user.type(screen.getByLabelText('Zu zahlender Betrag'), '10,5')

    const quote = container.querySelector('[data-part="quote"]')
    await waitFor(() => expect(quote).toHaveAttribute('data-state', 'ready'))
    const figure = (name: string) =>
      container.querySelector(`[data-figure="${name}"] dd`)?.textContent ?? ''
    expect(figure('receive')).toMatch(/^\d+(,\d+)?.USD-IBEX$/)
    expect(figure('rate')).toMatch(/^1.EUR-IBEX = [\d,]+.USD-IBEX$/)
    expect(figure('minimum')).toMatch(/^\d+(,\d+)?.USD-IBEX$/)
    expect(container.querySelector('[data-part="countdown"]')).toHaveTextContent(
      /^Preis gültig für \d+ Sekunden$/,
    )
    expect(screen.getByText('Erlaubt eine Preisänderung von bis zu 1 %.')).toBeVisible()
    // The new price is announced politely, once.
    expect(container.querySelector('[data-ibex-live="polite"]')).toHaveTextContent(
      /^Sie erhalten etwa [\d,]+.USD-IBEX\.$/,
    )
    await expectNoAxeViolations(container)

    expect(swapButton).not.toHaveAttribute('aria-disabled')
    await user.click(swapButton)
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(container.querySelector('[data-part="status"]')).toHaveTextContent(
      /^10,5.EUR-IBEX gegen [\d,]+.USD-IBEX getauscht\.$/,
    )
  })

  it('should refuse more than the balance at the amount, before any quote', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await signUpAs(ibex, 'passkey')
    const { container } = renderWithIbex(<SwapForm debounceMs={0} />, ibex)
    await waitFor(() =>
      expect(container.querySelector('.ibex-swap-form')).toHaveAttribute('data-state', 'idle'),
    )
    ibex.clearRequests()
    const amount = screen.getByLabelText('Amount to pay')
    await user.click(amount)
    await user.paste('500')
    expect(amount).toHaveAttribute('aria-invalid', 'true')
    expect(amount).toHaveAccessibleDescription(/^This is more than your balance\./)
    expect(ibex.requests().filter((request) => request.includes('quote'))).toEqual([])
    await expectNoAxeViolations(container)
  })
})
