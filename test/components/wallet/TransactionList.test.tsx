import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TransactionList } from '../../../src/components/TransactionList/TransactionList.tsx'
import { createTestIbex } from '../../utils/createTestIbex.ts'
import { expectNoAxeViolations } from '../../utils/expectNoAxeViolations.ts'
import { renderWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

configure({ asyncUtilTimeout: 8_000 })

/** A stand-in for the browser's IntersectionObserver (jsdom has none): the test scrolls. */
class FakeIntersectionObserver {
  static instances: FakeIntersectionObserver[] = []
  readonly observed = new Set<Element>()
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeIntersectionObserver.instances.push(this)
  }
  observe(element: Element) {
    this.observed.add(element)
  }
  unobserve(element: Element) {
    this.observed.delete(element)
  }
  disconnect() {
    this.observed.clear()
  }
  takeRecords() {
    return []
  }
  /** The element scrolls into view: every live observer watching it is told. */
  static scrollIntoView(element: Element) {
    for (const observer of FakeIntersectionObserver.instances) {
      if (!observer.observed.has(element)) continue
      const entry = { isIntersecting: true, target: element } as IntersectionObserverEntry
      observer.callback([entry], observer as unknown as IntersectionObserver)
    }
  }
}

afterEach(() => {
  vi.unstubAllGlobals()
  FakeIntersectionObserver.instances = []
})

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
      /^RicevutoDa 0x[0-9a-fA-F]{4}…[0-9a-fA-F]{4}\+[\d,]+.[A-Z-]+\d{1,2}:\d{2}$/,
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

  it('should load the next page when the end of the list scrolls into view, the button staying as fallback', async () => {
    vi.stubGlobal('IntersectionObserver', FakeIntersectionObserver)
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const { container } = renderWithIbex(
      <TransactionList filters={{ chainId: 421614, limit: 1 }} />,
      ibex,
      { locale: 'de' },
    )
    const today = await screen.findByRole('group', { name: 'Heute' })
    await waitFor(() => expect(within(today).getAllByRole('link')).toHaveLength(1))
    const more = screen.getByRole('button', { name: 'Mehr anzeigen' })
    ibex.clearRequests()

    FakeIntersectionObserver.scrollIntoView(more)
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Heute' })).getAllByRole('link'),
      ).toHaveLength(2),
    )
    expect(ibex.requests().filter((r) => r.includes('/transactions'))).toHaveLength(1)
    // Still reachable by keyboard: the last page loads with the button.
    const button = screen.getByRole('button', { name: 'Mehr anzeigen' })
    button.focus()
    await userEvent.setup().keyboard('{Enter}')
    await waitFor(() =>
      expect(
        within(screen.getByRole('group', { name: 'Heute' })).getAllByRole('link'),
      ).toHaveLength(3),
    )
    expect(screen.queryByRole('button', { name: 'Mehr anzeigen' })).toBeNull()
    await expectNoAxeViolations(container)
  })
})
