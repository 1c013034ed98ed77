import { act, waitFor } from '@testing-library/react'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { ibexQueryKeys } from '../../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../../src/query/ibexQueryScope.ts'
import { useSignIn } from '../../../src/react/hooks/useSignIn.ts'
import { useTransactions } from '../../../src/react/hooks/useTransactions.ts'
import { createTestIbex, server } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { returningPasskeyUser, signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

const TRANSACTIONS = 'GET /v1.2/users/me/transactions'

async function signedIn() {
  const ibex = await createTestIbex()
  const user = await signUpWithPasskey(ibex)
  const safe = getAddress(String(user.safeAddresses['421614']))
  // The mock funds every new Safe with 3 faucet transfers (EUR-IBEX, USD-IBEX, ETH); add 4.
  for (const amount of ['1', '2', '3', '4']) {
    await ibex.fund(safe, amount, 'EUR-IBEX')
  }
  ibex.clearRequests()
  return { ibex, user, safe }
}

function searchesOf(urls: URL[]) {
  return urls
    .filter((url) => url.pathname === '/v1.2/users/me/transactions')
    .map((url) => Object.fromEntries(url.searchParams))
}

function recordUrls(): URL[] {
  const urls: URL[] = []
  server.events.on('request:start', ({ request }) => {
    urls.push(new URL(request.url))
  })
  return urls
}

describe('useTransactions', () => {
  test('default: the first page over every chain, newest first, parsed', async () => {
    const { ibex, user, safe } = await signedIn()
    const { result } = renderHookWithIbex(() => useTransactions(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    const [page] = result.current.data?.pages ?? []
    expect(page).toMatchObject({ page: 1, total: 7, totalPages: 1, limit: 50 })
    expect(page?.transactions.map((tx) => tx.valueFormatted)).toEqual([4, 3, 2, 1, 0.01, 100, 100])
    expect(page?.transactions[0]).toEqual({
      id: expect.any(String),
      chainId: 421614,
      hash: expect.stringMatching(/^0x[0-9a-f]{64}$/i),
      blockNumber: expect.any(Number),
      timestamp: expect.any(String),
      from: expect.any(String),
      to: safe,
      wallet: safe,
      direction: 'IN',
      token: {
        address: expect.stringMatching(/^0x18E632aE/i),
        symbol: 'EUR-IBEX',
        type: 'ERC20',
        id: undefined,
      },
      value: '4000000000000000000',
      valueFormatted: 4,
      price: { eur: 1, usd: 1.1797 },
      fiatValue: { eur: '4.00', usd: '4.72' },
    })
    expect(page?.chains.map((chain) => chain.chainId).sort()).toEqual([100, 421614, 8453])
    expect(page?.fiat).toEqual({ total: 0, data: [] })
    expect(result.current.hasNextPage).toBe(false)
    expect(result.current.queryKey).toEqual(
      ibexQueryKeys.transactions(ibexQueryScope(ibex.client), user.externalUserId),
    )
    expect(ibex.requests()).toEqual([TRANSACTIONS])
  })

  test('parameters: pages of `limit`, fetched one by one until the last', async () => {
    const { ibex } = await signedIn()
    const urls = recordUrls()
    const { result } = renderHookWithIbex(() => useTransactions({ limit: 3 }), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.hasNextPage).toBe(true)
    expect(result.current.data?.pages[0]).toMatchObject({ page: 1, totalPages: 3, total: 7 })

    await act(() => result.current.fetchNextPage())
    await act(() => result.current.fetchNextPage())
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(3))
    expect(result.current.hasNextPage).toBe(false)
    const values = result.current.data?.pages.map((page) =>
      page.transactions.map((tx) => tx.valueFormatted),
    )
    expect(values).toEqual([[4, 3, 2], [1, 0.01, 100], [100]])
    expect(result.current.data?.pageParams).toEqual([1, 2, 3])
    expect(searchesOf(urls)).toEqual([
      { page: '1', limit: '3' },
      { page: '2', limit: '3' },
      { page: '3', limit: '3' },
    ])
  })

  test('parameters: the documented filters reach IBEx and the key', async () => {
    const { ibex, user, safe } = await signedIn()
    const gnosis = getAddress(String(user.safeAddresses['100']))
    await ibex.fund(gnosis, '7', 'EURe', { chainId: 100 })
    const urls = recordUrls()
    const eur = '0x420ca0f9b9b604ce0fd9c18ef134c705e5fa3430'
    const { result } = renderHookWithIbex(
      () => ({
        out: useTransactions({ direction: 'OUT', scope: 'crypto' }),
        gnosis: useTransactions({ chainId: 100, tokenAddress: eur, startDate: '2025-01-01' }),
        wallet: useTransactions({ wallet: safe, tokenType: 'NATIVE', includePrices: false }),
      }),
      ibex,
    )
    await waitFor(() => {
      expect(result.current.out.isSuccess).toBe(true)
      expect(result.current.gnosis.isSuccess).toBe(true)
      expect(result.current.wallet.isSuccess).toBe(true)
    })
    const first = (query: typeof result.current.out) => query.data?.pages[0]

    expect(first(result.current.out)?.transactions).toEqual([])
    expect(first(result.current.out)?.fiat).toBeUndefined()
    expect(first(result.current.gnosis)?.transactions.map((tx) => [tx.chainId, tx.value])).toEqual([
      [100, '7000000000000000000'],
    ])
    // Scoped to one wallet: the page is at the top level of IBEx's body.
    expect(first(result.current.wallet)?.transactions).toEqual([
      expect.objectContaining({
        chainId: 421614,
        wallet: safe,
        token: expect.objectContaining({ symbol: 'ETH', type: 'NATIVE' }),
        price: {},
        fiatValue: {},
      }),
    ])
    expect(searchesOf(urls)).toEqual(
      expect.arrayContaining([
        { direction: 'OUT', scope: 'crypto', page: '1' },
        { tokenAddress: eur, startDate: '2025-01-01', page: '1' },
        { tokenType: 'NATIVE', includePrices: 'false', walletAddress: safe, page: '1' },
      ]),
    )
    expect(result.current.gnosis.queryKey[4]).toEqual({
      chainId: 100,
      tokenAddress: eur,
      startDate: '2025-01-01',
    })
  })

  test('behavior: after a sign-in with includeTransactions, the first page makes no request', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    const { result } = renderHookWithIbex(() => {
      const signIn = useSignIn()
      return { signIn, transactions: useTransactions({ query: { enabled: signIn.isSuccess } }) }
    }, ibex)
    await act(() => result.current.signIn.mutateAsync({ includeTransactions: true }))
    await waitFor(() => expect(result.current.transactions.isSuccess).toBe(true))

    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    const pages = result.current.transactions.data?.pages
    expect(pages).toHaveLength(1)
    expect(pages?.[0]?.transactions.map((tx) => tx.token.symbol)).toEqual([
      'ETH',
      'USD-IBEX',
      'EUR-IBEX',
    ])
    expect(result.current.transactions.data?.pageParams).toEqual([1])
  })

  test('behavior: idle while signed out', async () => {
    const ibex = await createTestIbex()
    const { result } = renderHookWithIbex(() => useTransactions(), ibex)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(result.current.fetchStatus).toBe('idle')
    expect(result.current.data).toBeUndefined()
    expect(ibex.requests()).toEqual([])
  })

  test('error: a bad date is refused before any request', async () => {
    const { ibex } = await signedIn()
    const { result } = renderHookWithIbex(
      () => useTransactions({ startDate: '01/02/2025', limit: 10 }),
      ibex,
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexValidationError)
    expect(result.current.error).toMatchObject({
      code: 'validation/date-invalid',
      field: 'startDate',
    })
    expect(ibex.requests()).toEqual([])
  })
})
