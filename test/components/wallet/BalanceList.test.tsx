import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { BalanceList } from '../../../src/components/BalanceList/BalanceList.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

configure({ asyncUtilTimeout: 5_000 })

function rowTexts(container: HTMLElement): string[] {
  return [...container.querySelectorAll('[data-part="row"]')].map((row) =>
    [...row.querySelectorAll('[data-part="symbol"], [data-part="amount"]')]
      .map((cell) => cell.textContent)
      .join(' '),
  )
}

describe('given a BalanceList of a signed-in user', () => {
  it('should show a skeleton at its height while loading, then each token for the locale', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(<BalanceList chainId={421614} />, ibex, { locale: 'fr' })
    const root = container.querySelector('.ibex-balance-list')
    expect(root).toHaveAttribute('data-state', 'loading')
    expect(root).toHaveAttribute('aria-busy', 'true')
    expect(container.querySelectorAll('[data-part="skeleton"]')).toHaveLength(3)
    expect(screen.getByText('Chargement des soldes…')).toBeInTheDocument()

    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(rowTexts(container).sort()).toEqual(['ETH 0,01', 'EUR-IBEX 100', 'USD-IBEX 100'])
    const list = screen.getByRole('list', { name: 'Soldes' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(3)
    // One chain: no chain badge. A disc stands for the missing logos.
    expect(container.querySelector('[data-part="chain"]')).toBeNull()
    expect(container.querySelectorAll('[data-part="icon"][data-fallback]')).toHaveLength(3)
    expect(ibex.requests().filter((request) => request.includes('balances'))).toHaveLength(1)
    await expectNoAxeViolations(container)
  })

  it('should badge each row with its chain when the list spans several', async () => {
    const ibex = await createTestIbex({
      mock: { initialBalances: { 421614: { 'EUR-IBEX': '5' }, 100: { XDAI: '7' } } },
    })
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(<BalanceList />, ibex, { locale: 'de' })
    await waitFor(() => expect(container.querySelectorAll('[data-part="chain"]')).toHaveLength(2))
    const badges = [...container.querySelectorAll('[data-part="chain"]')].map((b) => b.textContent)
    expect(badges.sort()).toEqual(['auf Arbitrum Sepolia', 'auf Gnosis'])
    await expectNoAxeViolations(container)
  })

  it('should say so when the wallet holds nothing', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(<BalanceList chainId={100} />, ibex, { locale: 'es' })
    await waitFor(() =>
      expect(container.querySelector('.ibex-balance-list')).toHaveAttribute('data-state', 'empty'),
    )
    expect(screen.getByText('Aún no hay tokens')).toBeInTheDocument()
    await expectNoAxeViolations(container)
  })

  it('should word a failure for the user, never with the server text, and retry', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex({ client: { retry: { attempts: 1 } } })
    await signUpWithPasskey(ibex)
    ibex.mock.setFaults({ maintenance: { message: 'Back at 14:00 (server text)' } })
    const { container } = renderWithIbex(<BalanceList chainId={421614} />, ibex)
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent(
      'The wallet service is under maintenance.Try again in a few minutes.',
    )
    expect(container).not.toHaveTextContent('server text')
    expect(container.querySelector('[data-part="error"]')).toHaveAttribute(
      'data-error-code',
      'http/maintenance',
    )
    expect(container.querySelector('.ibex-balance-list')).toHaveAttribute('data-state', 'error')
    await expectNoAxeViolations(container)

    ibex.mock.setFaults({ maintenance: null })
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    await waitFor(() =>
      expect(container.querySelector('.ibex-balance-list')).toHaveAttribute(
        'data-state',
        'success',
      ),
    )
  })

  it('should take className, classNames per part and message overrides', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(
      <BalanceList
        chainId={421614}
        className="app-card"
        classNames={{ row: 'app-row', amount: 'app-amount' }}
        messages={{ title: 'Your money' }}
      />,
      ibex,
    )
    const root = container.querySelector('.ibex-balance-list')
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    expect(screen.getByRole('list', { name: 'Your money' })).toBeInTheDocument()
    expect(root).toHaveClass('app-card')
    expect(container.querySelector('[data-part="row"]')).toHaveClass(
      'ibex-balance-list__row',
      'app-row',
    )
    expect(container.querySelector('[data-part="amount"]')).toHaveClass('app-amount')
  })
})
