import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { TransactionList } from '../../../src/components/TransactionList/TransactionList.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

configure({ asyncUtilTimeout: 8_000 })

describe('given a TransactionList', () => {
  it('should group by day, sign amounts in and out, link the explorer and load more pages', async () => {
    const user = userEvent.setup()
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(
      <TransactionList filters={{ chainId: 421614, limit: 2 }} />,
      ibex,
      { locale: 'it' },
    )
    const root = container.querySelector('.ibex-transaction-list')
    expect(root).toHaveAttribute('data-state', 'loading')
    await waitFor(() => expect(root).toHaveAttribute('data-state', 'success'))
    // The three faucet credits of a new Safe: 2 on the first page, today.
    const today = screen.getByRole('group', { name: 'Oggi' })
    await waitFor(() => expect(within(today).getAllByRole('link')).toHaveLength(2))
    const first = within(today).getAllByRole('link')[0]
    expect(first).toHaveAttribute(
      'href',
      expect.stringMatching(/^https:\/\/sepolia\.arbiscan\.io\/tx\/0x/),
    )
    expect(first).toHaveAccessibleDescription('apre il block explorer')
    expect(first).toHaveTextContent(
      /^RicevutoDa 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\+[\d,]+.[A-Z-]+\d{2}:\d{2}$/,
    )
    await expectNoAxeViolations(container)

    await user.click(screen.getByRole('button', { name: 'Mostra altro' }))
    await waitFor(() => expect(within(today).getAllByRole('link')).toHaveLength(3))
    expect(container.querySelector('[data-ibex-live="polite"]')).toHaveTextContent(
      '1 altra transazione mostrata.',
    )
    expect(screen.queryByRole('button', { name: 'Mostra altro' })).toBeNull()
  })

  it('should say so when there is no activity', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(<TransactionList filters={{ chainId: 100 }} />, ibex)
    await waitFor(() =>
      expect(container.querySelector('.ibex-transaction-list')).toHaveAttribute(
        'data-state',
        'empty',
      ),
    )
    expect(screen.getByText('No activity yet')).toBeVisible()
    await expectNoAxeViolations(container)
  })
})
