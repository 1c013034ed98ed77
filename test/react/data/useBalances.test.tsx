import { act, render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { IbexResponseError } from '../../../src/core/errors/IbexResponseError.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { flattenBalances } from '../../../src/core/parse/flattenBalances.ts'
import { ibexQueryKeys } from '../../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../../src/query/ibexQueryScope.ts'
import { useBalances } from '../../../src/react/hooks/useBalances.ts'
import { useSignIn } from '../../../src/react/hooks/useSignIn.ts'
import { useSignOut } from '../../../src/react/hooks/useSignOut.ts'
import { IbexProvider } from '../../../src/react/IbexProvider.tsx'
import { createTestIbex, server, TEST_BASE_URL } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { returningPasskeyUser, signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'

const BALANCES = 'GET /v1.2/users/me/balances'

async function signedIn() {
  const ibex = await createTestIbex()
  const user = await signUpWithPasskey(ibex)
  ibex.clearRequests()
  const safe = getAddress(String(user.safeAddresses['421614']))
  return { ibex, user, safe }
}

describe('useBalances', () => {
  test('default: every chain aggregated, parsed, with the query key', async () => {
    const { ibex, user, safe } = await signedIn()
    const { result } = renderHookWithIbex(() => useBalances(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))

    const data = result.current.data
    expect(data?.wallets).toEqual([
      {
        chainId: 421614,
        wallet: safe,
        pending: [],
        tokens: [
          expect.objectContaining({ symbol: 'EUR-IBEX', balance: '100', decimals: 18 }),
          expect.objectContaining({ symbol: 'USD-IBEX', balance: '100', decimals: 18 }),
          expect.objectContaining({ symbol: 'ETH', balance: '0.01', type: 'NATIVE' }),
        ],
      },
    ])
    expect(data?.wallets[0]?.tokens[0]).toMatchObject({
      address: expect.stringMatching(/^0x18E632aE[0-9a-fA-F]{28}58cC$/i),
      price: { eur: 1, usd: 1.1797 },
      value: { eur: '100.00', usd: '117.97' },
    })
    expect(data?.totals).toEqual({
      crypto: { eur: '214.77', usd: '253.36' },
      fiat: { eur: '0.00', usd: '0.00' },
      grand: { eur: '214.77', usd: '253.36' },
      eurUsdRate: 1.1797,
    })
    expect(data?.pricesAvailable).toBe(true)
    expect(result.current.queryKey).toEqual(
      ibexQueryKeys.balances(ibexQueryScope(ibex.client), user.externalUserId),
    )
    expect(ibex.requests()).toEqual([BALANCES])
  })

  test('parameters: chainId, includeZero, includePrices and wallet go to IBEx and into the key', async () => {
    const { ibex, user } = await signedIn()
    const gnosisSafe = getAddress(String(user.safeAddresses['100']))
    await ibex.fund(gnosisSafe, '5', 'EURe', { chainId: 100 })
    const seen: URL[] = []
    const headers: (string | null)[] = []
    server.events.on('request:start', ({ request }) => {
      seen.push(new URL(request.url))
      headers.push(request.headers.get('x-blockchain-id'))
    })
    const { result } = renderHookWithIbex(
      () => ({
        gnosis: useBalances({ chainId: 100, includeZero: true }),
        bare: useBalances({ includePrices: false }),
        wallet: useBalances({ wallet: gnosisSafe, chainId: 100 }),
      }),
      ibex,
    )
    await waitFor(() => {
      expect(result.current.gnosis.isSuccess).toBe(true)
      expect(result.current.bare.isSuccess).toBe(true)
      expect(result.current.wallet.isSuccess).toBe(true)
    })

    const { gnosis, bare, wallet } = result.current
    expect(gnosis.data?.wallets.map((w) => [w.chainId, w.wallet])).toEqual([[100, gnosisSafe]])
    expect(gnosis.data?.wallets[0]?.tokens.map((t) => [t.symbol, t.balance])).toEqual([
      ['EURe', '5'],
      ['XDAI', '0'],
    ])
    expect(bare.data?.totals).toBeUndefined()
    expect(bare.data?.pricesAvailable).toBe(false)
    expect(bare.data?.wallets[0]?.tokens[0]?.value).toEqual({})
    // The scoped body (`identifier`, `balance.tokens`) lands in the same shape.
    expect(wallet.data?.wallets).toEqual([
      {
        chainId: 100,
        wallet: gnosisSafe,
        pending: [],
        tokens: [expect.objectContaining({ symbol: 'EURe', balance: '5' })],
      },
    ])
    expect(wallet.data?.totals?.crypto.eur).toBe('5.00')

    const balanceCalls = seen.filter((url) => url.pathname === '/v1.2/users/me/balances')
    expect(balanceCalls.map((url) => url.search).sort()).toEqual(
      ['?includeZero=true', '?includePrices=false', `?walletAddress=${gnosisSafe}`].sort(),
    )
    expect(headers.filter((h) => h !== null).sort()).toEqual(['100', '100'])
    const keys = [gnosis, bare, wallet].map((query) => query.queryKey[4])
    expect(keys).toEqual([
      { chainId: 100, includeZero: true },
      { includePrices: false },
      { wallet: gnosisSafe, chainId: 100 },
    ])
  })

  test('parameters: select flattenBalances gives rows with base units as bigint, the cache stays JSON', async () => {
    const { ibex, safe } = await signedIn()
    const { result } = renderHookWithIbex(
      () => useBalances({ query: { select: flattenBalances } }),
      ibex,
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const rows = result.current.data ?? []
    expect(rows.map((row) => [row.chainId, row.wallet, row.token.symbol, row.balance])).toEqual([
      [421614, safe, 'EUR-IBEX', '100'],
      [421614, safe, 'USD-IBEX', '100'],
      [421614, safe, 'ETH', '0.01'],
    ])
    expect(rows[2]?.balanceBaseUnits).toBe(10_000_000_000_000_000n)
    expect(rows[0]?.value).toEqual({ eur: '100.00', usd: '117.97' })
    expect(rows[0]?.token).toEqual({
      address: expect.any(String),
      symbol: 'EUR-IBEX',
      decimals: 18,
      name: 'EUR-IBEX faucet token',
    })
    const cached = ibex.queryClient.getQueryData(result.current.queryKey)
    expect(JSON.parse(JSON.stringify(cached))).toEqual(cached)
  })

  test('behavior: 20 components reading balances make 1 request', async () => {
    const { ibex } = await signedIn()
    await ibex.setFaults({ latencyMs: 20 })
    function Balance({ index }: { index: number }) {
      const { data } = useBalances()
      const eur = data?.wallets[0]?.tokens.find((token) => token.symbol === 'EUR-IBEX')
      return <p>{eur ? `${index}: ${eur.balance}` : `${index}: …`}</p>
    }
    render(
      <IbexProvider client={ibex.client} queryClient={ibex.queryClient}>
        {Array.from({ length: 20 }, (_, index) => (
          <Balance key={index} index={index} />
        ))}
      </IbexProvider>,
    )
    await waitFor(() => expect(screen.getAllByText(/: 100$/)).toHaveLength(20))
    expect(ibex.requests()).toEqual([BALANCES])
  })

  test('behavior: after a sign-in with includeBalance, balances on screen make no request', async () => {
    const ibex = await createTestIbex()
    const user = await returningPasskeyUser(ibex)
    const { result } = renderHookWithIbex(() => {
      const signIn = useSignIn()
      return { signIn, balances: useBalances({ query: { enabled: signIn.isSuccess } }) }
    }, ibex)
    await act(() => result.current.signIn.mutateAsync({ includeBalance: true }))
    await waitFor(() => expect(result.current.balances.isSuccess).toBe(true))

    expect(ibex.requests()).toEqual(['GET /v1.2/auth/sign-in', 'POST /v1.2/auth/sign-in'])
    // The sign-in lists zero balances and empty wallets; the seed keeps what useBalances() gets.
    const symbols = result.current.balances.data?.wallets.flatMap((wallet) =>
      wallet.tokens.map((token) => token.symbol),
    )
    expect(symbols).toEqual(['EUR-IBEX', 'USD-IBEX', 'ETH'])
    expect(result.current.balances.queryKey).toEqual(
      ibexQueryKeys.balances(ibexQueryScope(ibex.client), user.externalUserId),
    )
    expect(result.current.balances.isFetching).toBe(false)
  })

  test('behavior: mounted while an enriched sign-in runs, it waits for the seed instead of fetching', async () => {
    const ibex = await createTestIbex()
    await returningPasskeyUser(ibex)
    await ibex.setFaults({ latencyMs: 20 })
    const { result } = renderHookWithIbex(
      () => ({ signIn: useSignIn(), balances: useBalances() }),
      ibex,
    )
    act(() => result.current.signIn.mutate({ includeBalance: true, asyncData: true }))
    await waitFor(() => expect(result.current.balances.isSuccess).toBe(true))
    expect(ibex.requests()).not.toContain(BALANCES)
    expect(result.current.balances.data?.wallets[0]?.tokens).toHaveLength(3)
  })

  test('behavior: idle while signed out, cleared and not refetched on sign-out', async () => {
    const ibex = await createTestIbex()
    const signedOut = renderHookWithIbex(() => useBalances(), ibex)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(signedOut.result.current.status).toBe('pending')
    expect(signedOut.result.current.fetchStatus).toBe('idle')
    expect(ibex.requests()).toEqual([])
    signedOut.unmount()

    const user = await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const { result } = renderHookWithIbex(
      () => ({ balances: useBalances(), signOut: useSignOut() }),
      ibex,
    )
    await waitFor(() => expect(result.current.balances.isSuccess).toBe(true))
    const key = ibexQueryKeys.balances(ibexQueryScope(ibex.client), user.externalUserId)
    expect(ibex.queryClient.getQueryData(key)).toBeDefined()

    await act(() => result.current.signOut.mutateAsync())
    await waitFor(() => expect(result.current.balances.data).toBeUndefined())
    expect(result.current.balances.fetchStatus).toBe('idle')
    expect(ibex.queryClient.getQueryData(key)).toBeUndefined()
    expect(ibex.requests()).toEqual([BALANCES])
  })

  test('behavior: a chain switch changes the key and keeps each chain’s data', async () => {
    const { ibex, user } = await signedIn()
    const { result, rerender } = renderHookWithIbex(
      ({ chainId }: { chainId: number }) => useBalances({ chainId }),
      ibex,
      { initialProps: { chainId: 421614 } },
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    const arbitrum = result.current.data
    const arbitrumKey = result.current.queryKey

    rerender({ chainId: 100 })
    await waitFor(() => expect(result.current.data?.wallets).toEqual([]))
    expect(result.current.queryKey).not.toEqual(arbitrumKey)
    expect(ibex.queryClient.getQueryData(arbitrumKey)).toBe(arbitrum)

    rerender({ chainId: 421614 })
    expect(result.current.data).toBe(arbitrum)
    expect(result.current.queryKey[2]).toBe(user.externalUserId)
    expect(ibex.requests()).toEqual([BALANCES, BALANCES])
  })

  test('error: IBEx errors are IbexHttpErrors with a stable code', async () => {
    const { ibex } = await signedIn()
    await ibex.setFaults({ maintenance: { message: 'Back soon' } })
    const { result } = renderHookWithIbex(() => useBalances(), ibex)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexHttpError)
    expect(result.current.error?.code).toBe('http/maintenance')
  })

  test('error: a body of another shape is an IbexResponseError naming the field', async () => {
    const { ibex } = await signedIn()
    server.use(
      http.get(`${TEST_BASE_URL}/v1.2/users/me/balances`, () =>
        HttpResponse.json({ crypto: { '421614': { '0xabc': { tokens: [{ symbol: 1 }] } } } }),
      ),
    )
    const { result } = renderHookWithIbex(() => useBalances(), ibex)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexResponseError)
    expect(result.current.error?.message).toContain('GET /v1.2/users/me/balances')
    expect(result.current.error).toMatchObject({ field: 'crypto.421614.0xabc.tokens.0.symbol' })
  })

  test('error: a bad wallet is refused before any request', async () => {
    const { ibex } = await signedIn()
    const { result } = renderHookWithIbex(
      () => useBalances({ wallet: '0x1234' as `0x${string}` }),
      ibex,
    )
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexValidationError)
    expect(result.current.error).toMatchObject({
      code: 'validation/address-invalid',
      field: 'wallet',
    })
    expect(ibex.requests()).toEqual([])
  })
})
