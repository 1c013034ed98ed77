import { describe, expect, test } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import { IbexHttpError } from '../../src/core/errors/IbexHttpError.ts'
import type { IbexTransactionsPage } from '../../src/core/parse/IbexTransactions.ts'
import { balancesQueryOptions } from '../../src/query/balancesQueryOptions.ts'
import { chainsQueryOptions } from '../../src/query/chainsQueryOptions.ts'
import { ibexQueryKeys } from '../../src/query/ibexQueryKeys.ts'
import { ibexQueryPolicies } from '../../src/query/ibexQueryPolicies.ts'
import { positionsQueryOptions } from '../../src/query/positionsQueryOptions.ts'
import { transactionsInfiniteQueryOptions } from '../../src/query/transactionsInfiniteQueryOptions.ts'
import { userDataQueryOptions } from '../../src/query/userDataQueryOptions.ts'
import { vaultsQueryOptions } from '../../src/query/vaultsQueryOptions.ts'
import { createTestIbex } from '../utils/createTestIbex.ts'
import { signUpWithPasskey } from '../utils/signUpWithPasskey.ts'

const page = (number: number, totalPages: number): IbexTransactionsPage => ({
  page: number,
  limit: 10,
  total: totalPages * 10,
  totalPages,
  transactions: [],
  chains: [],
  fiat: undefined,
  pricesAvailable: undefined,
  timestamp: undefined,
})

describe('data query options', () => {
  test('default: the key holds only the caller’s parameters, under the signed-in user', async () => {
    const ibex = await createTestIbex()
    const user = await signUpWithPasskey(ibex)
    const id = user.externalUserId
    expect(balancesQueryOptions(ibex.client).queryKey).toEqual(
      ibexQueryKeys.balances('localhost', id),
    )
    expect(balancesQueryOptions(ibex.client, { query: { staleTime: 1 } }).queryKey).toEqual(
      ibexQueryKeys.balances('localhost', id, {}),
    )
    expect(balancesQueryOptions(ibex.client, { chainId: 100, wallet: undefined }).queryKey).toEqual(
      ['ibex', 'localhost', id, 'balances', { chainId: 100 }],
    )
    expect(transactionsInfiniteQueryOptions(ibex.client).queryKey).toEqual(
      ibexQueryKeys.transactions('localhost', id),
    )
    expect(userDataQueryOptions(ibex.client).enabled).toBe(true)
  })

  test('behavior: core usage without React, e.g. prefetching in a loader', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    ibex.clearRequests()
    const balances = await ibex.queryClient.fetchQuery(balancesQueryOptions(ibex.client))
    expect(balances.wallets[0]?.tokens.map((token) => token.symbol)).toEqual([
      'EUR-IBEX',
      'USD-IBEX',
      'ETH',
    ])
    await ibex.queryClient.fetchQuery(balancesQueryOptions(ibex.client))
    expect(ibex.requests()).toEqual(['GET /v1.2/users/me/balances'])
  })

  test('behavior: disabled while signed out, whatever the caller says', () => {
    const client = createIbexClient({ baseUrl: 'https://ibex.test', crossTab: false })
    const options = vaultsQueryOptions(client, { query: { enabled: true } })
    expect(options.enabled).toBe(false)
    expect(options.queryKey).toEqual(ibexQueryKeys.vaults('https://ibex.test', ''))
    client.destroy()
  })

  test('parameters: the policy per resource, and the caller’s options win', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    expect(balancesQueryOptions(ibex.client)).toMatchObject({
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      retry: false,
    })
    expect(chainsQueryOptions(ibex.client)).toMatchObject({
      staleTime: 3_600_000,
      refetchOnWindowFocus: false,
    })
    expect(
      chainsQueryOptions(ibex.client, { query: { staleTime: 5, enabled: false } }),
    ).toMatchObject({
      staleTime: 5,
      enabled: false,
    })
    expect(positionsQueryOptions(ibex.client, { query: { retryDelay: 1 } }).retryDelay).toBe(1)
  })

  test('behavior: only the pools 404 "not indexed yet" is retried, 3 times', () => {
    const retry = ibexQueryPolicies.positions.retry
    if (typeof retry !== 'function') throw new Error('positions retry must be a function')
    const pools404 = new IbexHttpError({ status: 404, endpoint: 'GET /v1.2/users/me/pools' })
    const lending404 = new IbexHttpError({ status: 404, endpoint: 'GET /v1.2/users/me/lending' })
    const pools500 = new IbexHttpError({ status: 500, endpoint: 'GET /v1.2/users/me/pools' })
    expect([0, 1, 2, 3].map((count) => retry(count, pools404))).toEqual([true, true, true, false])
    expect(retry(0, lending404)).toBe(false)
    expect(retry(0, pools500)).toBe(false)
    expect(ibexQueryPolicies.positions.retryDelay).toBe(5_000)
  })

  test('behavior: the next page exists while page < totalPages', async () => {
    const ibex = await createTestIbex()
    await signUpWithPasskey(ibex)
    const options = transactionsInfiniteQueryOptions(ibex.client, { limit: 10 })
    const next = (last: IbexTransactionsPage) =>
      options.getNextPageParam(last, [last], last.page, [last.page])
    expect(next(page(1, 3))).toBe(2)
    expect(next(page(3, 3))).toBeUndefined()
    expect(next(page(1, 0))).toBeUndefined()
  })
})
