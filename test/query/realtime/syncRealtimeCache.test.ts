import { QueryClient } from '@tanstack/query-core'
import { getAddress } from 'viem'
import { describe, expect, test, vi } from 'vitest'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import type { IbexBalances } from '../../../src/core/parse/IbexBalances.ts'
import type { IbexRealtimeClient } from '../../../src/core/realtime/IbexRealtimeClient.ts'
import { createMemoryStorage } from '../../../src/core/storage/createMemoryStorage.ts'
import { balancesQueryOptions } from '../../../src/query/balancesQueryOptions.ts'
import { ibexQueryKeys } from '../../../src/query/ibexQueryKeys.ts'
import { ibexQueryScope } from '../../../src/query/ibexQueryScope.ts'
import { syncRealtimeCache } from '../../../src/query/syncRealtimeCache.ts'
import {
  transactionsInfiniteQueryOptions,
  type IbexTransactionsData,
} from '../../../src/query/transactionsInfiniteQueryOptions.ts'
import type { IbexUserData } from '../../../src/core/parse/IbexUserData.ts'
import {
  createRealtimeTestIbex,
  uniqueChannel,
  waitForStatus,
  type RealtimeTestUser,
} from '../../core/realtime/realtimeHarness.ts'

function cacheOf(realtime: IbexRealtimeClient, client: IbexClient) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const stop = syncRealtimeCache(realtime, queryClient, client, { resyncDelayMs: 20 })
  return { queryClient, stop }
}

function keys(client: IbexClient, user: RealtimeTestUser) {
  const scope = ibexQueryScope(client)
  return {
    balances: (params = {}) => ibexQueryKeys.balances(scope, user.externalUserId, params),
    transactions: (params = {}) => ibexQueryKeys.transactions(scope, user.externalUserId, params),
    userData: () => ibexQueryKeys.userData(scope, user.externalUserId),
  }
}

function tokensOf(balances: IbexBalances | undefined) {
  return Object.fromEntries(
    (balances?.wallets ?? []).flatMap((wallet) =>
      wallet.tokens.map((token) => [`${wallet.chainId}:${token.symbol}`, token.balance]),
    ),
  )
}

describe('syncRealtimeCache', () => {
  test('default: the initial burst fills balances, transactions and user data, without HTTP', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    const { queryClient } = cacheOf(realtime, client)
    const key = keys(client, user)
    await vi.waitFor(() =>
      expect(queryClient.getQueryData<IbexUserData>(key.userData())).toBeDefined(),
    )

    const balances = queryClient.getQueryData<IbexBalances>(key.balances())
    // As `useBalances()` has them: no zero balances (the socket lists every token).
    expect(tokensOf(balances)).toEqual({
      '421614:EUR-IBEX': '100',
      '421614:USD-IBEX': '100',
      '421614:ETH': '0.01',
    })
    expect(balances?.wallets[0]?.wallet).toBe(getAddress(user.safe))
    expect(balances?.totals?.crypto.eur).toMatch(/^\d+\.\d{2}$/)
    expect(tokensOf(queryClient.getQueryData(key.balances({ chainId: 421614 })))).toEqual(
      tokensOf(balances),
    )
    const transactions = queryClient.getQueryData<IbexTransactionsData>(key.transactions())
    expect(transactions?.pageParams).toEqual([1])
    expect(transactions?.pages[0]?.transactions).toHaveLength(3)
    expect(transactions?.pages[0]?.transactions.every((tx) => tx.direction === 'IN')).toBe(true)
    const userData = queryClient.getQueryData<IbexUserData>(key.userData())
    expect(userData?.addresses).toBeDefined()
    expect(userData?.errors).toEqual({})
    // The socket speaks for its own chain: the all-chains entries are completed when read.
    expect(queryClient.getQueryState(key.balances())?.isInvalidated).toBe(true)
    expect(queryClient.getQueryState(key.balances({ chainId: 421614 }))?.isInvalidated).toBe(false)
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: a transfer received from another user updates balances and transactions in place, no HTTP', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const sender = await ibex.signUp()
    const realtime = ibex.realtime(client)
    const { queryClient } = cacheOf(realtime, client)
    const key = keys(client, receiver)
    // What the app shows: fetched over HTTP once.
    await queryClient.fetchQuery(balancesQueryOptions(client))
    await queryClient.fetchInfiniteQuery(transactionsInfiniteQueryOptions(client))
    await waitForStatus(realtime, 'open')
    const totalBefore = queryClient.getQueryData<IbexBalances>(key.balances())?.totals?.crypto.eur
    ibex.clearRequests()
    const updates: string[] = []
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') {
        updates.push(String(event.query.queryKey[3]))
      }
    })

    await ibex.transfer(sender, receiver.safe, '7')
    await vi.waitFor(() =>
      expect(tokensOf(queryClient.getQueryData(key.balances()))['421614:EUR-IBEX']).toBe('107'),
    )
    await vi.waitFor(() => {
      const page = queryClient.getQueryData<IbexTransactionsData>(key.transactions())?.pages[0]
      expect(page?.transactions[0]).toMatchObject({
        direction: 'IN',
        from: getAddress(sender.safe),
        value: '7000000000000000000',
      })
      expect(page?.total).toBe(4)
    })
    expect(queryClient.getQueryData<IbexBalances>(key.balances())?.totals?.crypto.eur).toBe(
      (Number(totalBefore) + 7).toFixed(2),
    )
    expect(ibex.requests()).toEqual([])
    expect(updates).toContain('balances')
    expect(queryClient.getQueryState(key.balances())?.isInvalidated).toBe(false)
  })

  test('behavior: the chain the socket speaks for is replaced, other chains are kept', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const key = keys(client, user)
    const queryClient = new QueryClient()
    const gnosis = '0x00000000000000000000000000000000000000aa' as const
    queryClient.setQueryData<IbexBalances>(key.balances(), {
      timestamp: undefined,
      wallets: [
        {
          chainId: 100,
          wallet: getAddress(gnosis),
          pending: [],
          tokens: [
            {
              address: getAddress('0x00000000000000000000000000000000000000bb'),
              symbol: 'EURe',
              name: undefined,
              decimals: 18,
              balance: '2.5',
              type: 'ERC20',
              price: { eur: 1 },
              value: { eur: '2.50' },
            },
          ],
        },
        {
          chainId: 421614,
          wallet: getAddress(user.safe),
          pending: [],
          tokens: [],
        },
      ],
      totals: {
        crypto: { eur: '2.50' },
        fiat: { eur: '0.00' },
        grand: { eur: '2.50' },
        eurUsdRate: undefined,
      },
      pricesAvailable: true,
      fiat: {},
    })
    const realtime = ibex.realtime(client)
    syncRealtimeCache(realtime, queryClient, client)
    await vi.waitFor(() =>
      expect(tokensOf(queryClient.getQueryData(key.balances()))['421614:EUR-IBEX']).toBe('100'),
    )
    const balances = queryClient.getQueryData<IbexBalances>(key.balances())
    expect(balances?.wallets.map((wallet) => wallet.chainId)).toEqual([100, 421614])
    expect(tokensOf(balances)['100:EURe']).toBe('2.5')
    const socketChainEur = balances?.wallets[1]?.tokens.reduce(
      (sum, token) => sum + Number(token.value.eur ?? 0),
      0,
    )
    expect(balances?.totals?.crypto.eur).toBe(((socketChainEur ?? 0) + 2.5).toFixed(2))
    expect(balances?.totals?.grand.eur).toBe(balances?.totals?.crypto.eur)
    expect(queryClient.getQueryState(key.balances())?.isInvalidated).toBe(false)
  })

  test('behavior: filtered transactions get what their filters select; unknown parameters go stale', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const sender = await ibex.signUp()
    const realtime = ibex.realtime(client)
    const { queryClient } = cacheOf(realtime, client)
    const key = keys(client, receiver)
    const incoming = transactionsInfiniteQueryOptions(client, { direction: 'IN' })
    const outgoing = transactionsInfiniteQueryOptions(client, { direction: 'OUT' })
    await queryClient.fetchInfiniteQuery(incoming)
    await queryClient.fetchInfiniteQuery(outgoing)
    queryClient.setQueryData(
      key.transactions({ someFutureFilter: 1 }),
      queryClient.getQueryData(incoming.queryKey),
    )
    await waitForStatus(realtime, 'open')
    ibex.clearRequests()

    await ibex.transfer(sender, receiver.safe, '1')
    await vi.waitFor(() =>
      expect(queryClient.getQueryData(incoming.queryKey)?.pages[0]?.total).toBe(4),
    )
    expect(queryClient.getQueryData(outgoing.queryKey)?.pages[0]?.transactions).toEqual([])
    expect(
      queryClient.getQueryState(key.transactions({ someFutureFilter: 1 }))?.isInvalidated,
    ).toBe(true)
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: two tabs, one socket: the follower tab cache is updated from relayed events', async () => {
    const ibex = createRealtimeTestIbex()
    const storage = createMemoryStorage()
    const crossTab = { channelName: uniqueChannel() }
    const clientA = ibex.client({ storage, crossTab })
    const clientB = ibex.client({ storage, crossTab })
    const receiver = await ibex.signUp(clientA)
    await vi.waitFor(() => expect(clientB.session.getSnapshot().status).toBe('signed-in'))
    const tabA = ibex.realtime(clientA)
    await waitForStatus(tabA, 'open')
    const tabB = ibex.realtime(clientB)
    const cacheB = cacheOf(tabB, clientB)
    await waitForStatus(tabB, 'open')
    expect(tabB.getSnapshot().role).toBe('follower')
    const key = keys(clientB, receiver)
    // The follower joined after the burst: the leader re-asked for balances on its behalf.
    await vi.waitFor(() =>
      expect(tokensOf(cacheB.queryClient.getQueryData(key.balances()))['421614:EUR-IBEX']).toBe(
        '100',
      ),
    )
    const sender = await ibex.signUp()
    await ibex.transfer(sender, receiver.safe, '5')
    await vi.waitFor(() =>
      expect(tokensOf(cacheB.queryClient.getQueryData(key.balances()))['421614:EUR-IBEX']).toBe(
        '105',
      ),
    )
    expect(ibex.sockets).toMatchObject({ opened: 1, maxOpen: 1 })
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: stopping leaves the cache alone', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    const { queryClient, stop } = cacheOf(realtime, client)
    await waitForStatus(realtime, 'open')
    const key = keys(client, receiver)
    await vi.waitFor(() => expect(queryClient.getQueryData(key.balances())).toBeDefined())
    stop()
    const before = queryClient.getQueryData(key.balances())
    await ibex.transfer(await ibex.signUp(), receiver.safe, '1')
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(queryClient.getQueryData(key.balances())).toBe(before)
  })
})
