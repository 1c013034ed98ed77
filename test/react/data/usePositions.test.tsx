import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getAddress } from 'viem'
import { describe, expect, test } from 'vitest'
import { IbexHttpError } from '../../../src/core/errors/IbexHttpError.ts'
import { usePositions } from '../../../src/react/hooks/usePositions.ts'
import { createTestIbex, server, TEST_BASE_URL } from '../../utils/createTestIbex.ts'
import { renderHookWithIbex } from '../../utils/renderWithIbex.tsx'
import { signUpWithPasskey } from '../../utils/signUpWithPasskey.ts'
import { runPasskeyOperation } from './runPasskeyOperation.ts'

const LENDING = 'GET /v1.2/users/me/lending'
const POOLS = 'GET /v1.2/users/me/pools'

async function withAaveSupply() {
  const ibex = await createTestIbex()
  const user = await signUpWithPasskey(ibex)
  const safe = getAddress(String(user.safeAddresses['421614']))
  await runPasskeyOperation(ibex, safe, [
    { type: 'AAVE_SUPPLY', assetTicker: 'USD-IBEX', amount: '25.5' },
  ])
  ibex.clearRequests()
  return { ibex, safe }
}

/** Answers 404 to the first `times` requests of `path`, then lets the mock answer. */
function notFoundFirst(path: string, times: number, message: string) {
  let calls = 0
  server.use(
    http.get(`${TEST_BASE_URL}${path}`, () => {
      calls += 1
      if (calls <= times) {
        return HttpResponse.json({ message, error_code: 'NOT_FOUND' }, { status: 404 })
      }
      return undefined
    }),
  )
}

describe('usePositions', () => {
  test('default: the positions of lending?userScoped=true', async () => {
    const { ibex, safe } = await withAaveSupply()
    const { result } = renderHookWithIbex(() => usePositions(), ibex)
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.data).toEqual({
      source: 'lending',
      positions: [
        {
          chainId: 421614,
          wallet: safe,
          provider: 'AAVE',
          poolAddress: expect.stringMatching(/^0x[0-9a-fA-F]{40}$/),
          vaultId: expect.any(String),
          name: 'Aave USD-IBEX',
          token: { address: expect.any(String), symbol: 'USD-IBEX', decimals: 18 },
          balance: '25.5',
          baseBalance: undefined,
          gain: undefined,
          gainPct: undefined,
          apy: expect.any(Number),
          method: undefined,
        },
      ],
    })
    expect(ibex.requests()).toEqual([LENDING])
  })

  test('behavior: falls back to pools when lending is not there, and retries "not indexed yet"', async () => {
    const { ibex, safe } = await withAaveSupply()
    notFoundFirst('/v1.2/users/me/lending', Infinity, 'Route not found')
    notFoundFirst('/v1.2/users/me/pools', 2, 'No indexed wallet for this user on this chain')
    const { result } = renderHookWithIbex(
      () => usePositions({ chainId: 421614, query: { retryDelay: 10 } }),
      ibex,
    )
    await waitFor(() => expect(result.current.isSuccess).toBe(true))
    expect(result.current.failureCount).toBe(0)
    expect(result.current.data?.source).toBe('pools')
    expect(result.current.data?.positions).toEqual([
      expect.objectContaining({
        chainId: 421614,
        wallet: safe,
        provider: 'AAVE',
        name: 'Aave USD-IBEX',
        balance: '25.5',
        baseBalance: '25.5',
        method: 'SUPPLY',
        token: expect.objectContaining({ symbol: 'USD-IBEX' }),
      }),
    ])
    expect(ibex.requests()).toEqual([LENDING, POOLS, LENDING, POOLS, LENDING, POOLS])
  })

  test('error: still not indexed after 3 retries, the 404 is the error', async () => {
    const { ibex } = await withAaveSupply()
    notFoundFirst('/v1.2/users/me/lending', Infinity, 'Route not found')
    notFoundFirst('/v1.2/users/me/pools', Infinity, 'No indexed wallet')
    const { result } = renderHookWithIbex(() => usePositions({ query: { retryDelay: 1 } }), ibex)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error).toBeInstanceOf(IbexHttpError)
    expect(result.current.error?.code).toBe('http/not-found')
    expect(ibex.requests().filter((request) => request === POOLS)).toHaveLength(4)
  })

  test('behavior: other failures are not retried', async () => {
    const { ibex } = await withAaveSupply()
    await ibex.setFaults({ errorRate: 1 })
    const { result } = renderHookWithIbex(() => usePositions({ query: { retryDelay: 1 } }), ibex)
    await waitFor(() => expect(result.current.isError).toBe(true))
    expect(result.current.error?.code).toBe('http/server-error')
    expect(ibex.requests()).toEqual([LENDING])
  })

  test('behavior: idle while signed out', async () => {
    const ibex = await createTestIbex()
    const { result } = renderHookWithIbex(() => usePositions(), ibex)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(result.current.fetchStatus).toBe('idle')
    expect(ibex.requests()).toEqual([])
  })
})
