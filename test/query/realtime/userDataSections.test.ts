import { QueryClient, QueryObserver, type QueryObserverOptions } from '@tanstack/query-core'
import { describe, expect, test, vi } from 'vitest'
import { ibansQueryOptions } from '../../../src/query/ibansQueryOptions.ts'
import { kycStatusQueryOptions } from '../../../src/query/kycStatusQueryOptions.ts'
import { userDataQueryOptions } from '../../../src/query/userDataQueryOptions.ts'
import { signersQueryOptions } from '../../../src/query/signersQueryOptions.ts'
import { syncRealtimeCache } from '../../../src/query/syncRealtimeCache.ts'
import { userChainsQueryOptions } from '../../../src/query/userChainsQueryOptions.ts'
import { createRealtimeTestIbex, waitForStatus } from '../../core/realtime/realtimeHarness.ts'

describe('syncRealtimeCache: sections of user_data', () => {
  test('behavior: a user_data push rewrites the signers and chains entries in use, without a request; an unreadable section leaves its entry', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    // Entries a hook would hold, fetched over HTTP before the socket opens.
    const signers = signersQueryOptions(client)
    const chains = userChainsQueryOptions(client)
    const fetched = await queryClient.fetchQuery(signers)
    await queryClient.fetchQuery(chains)
    expect(fetched.length).toBeGreaterThan(0)
    const updates = () => ({
      signers: queryClient.getQueryState(signers.queryKey)?.dataUpdateCount ?? 0,
      chains: queryClient.getQueryState(chains.queryKey)?.dataUpdateCount ?? 0,
    })
    expect(updates()).toEqual({ signers: 1, chains: 1 })

    const realtime = ibex.realtime(client)
    syncRealtimeCache(realtime, queryClient, client)
    await waitForStatus(realtime, 'open')
    // The burst's user_data carries both sections: each entry is written once more.
    await vi.waitFor(() => expect(updates()).toEqual({ signers: 2, chains: 2 }))
    expect(queryClient.getQueryData(signers.queryKey)).toEqual(fetched)
    ibex.clearRequests()

    // A push whose signers section is unreadable, and whose chainid section is new.
    ibex.push({
      type: 'user_data',
      data: {
        signers: { status: 200, data: 'not a signers body' },
        chainid: {
          status: 200,
          data: await ibex.call('GET', '/v1.2/users/me/chainid', { token: user.accessToken }),
        },
      },
      timestamp: new Date().toISOString(),
    })
    await vi.waitFor(() => expect(updates().chains).toBe(3))
    expect(updates().signers).toBe(2)
    expect(queryClient.getQueryData(signers.queryKey)).toEqual(fetched)
    expect(ibex.requests()).toEqual([])
  })
})

describe("syncRealtimeCache: IBEx's refresh signals", () => {
  test('behavior: user_ky_updated refetches the KYC status and user_iban_updated the IBANs, each with the user data', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const kyc = kycStatusQueryOptions(client)
    const ibans = ibansQueryOptions(client)
    const userData = userDataQueryOptions(client)
    // Observed, as a mounted hook holds them: an invalidation refetches them at once.
    const observers = [kyc, ibans, userData].map(
      (options) => new QueryObserver(queryClient, options as QueryObserverOptions),
    )
    const stops = observers.map((observer) => observer.subscribe(() => {}))
    await vi.waitFor(() =>
      expect(observers.every((observer) => observer.getCurrentResult().isSuccess)).toBe(true),
    )
    const realtime = ibex.realtime(client)
    syncRealtimeCache(realtime, queryClient, client)
    await waitForStatus(realtime, 'open')
    await vi.waitFor(() => expect(ibex.requests()).toContain('GET /v1.2/users/me'))
    const reads = () => ibex.requests().filter((request) => request.startsWith('GET'))

    ibex.clearRequests()
    ibex.push({
      type: 'user_ky_updated',
      data: { ky: 'changed' },
      timestamp: new Date().toISOString(),
    })
    await vi.waitFor(() =>
      expect(reads().sort()).toEqual(['GET /v1.2/users/kyc/status', 'GET /v1.2/users/me']),
    )

    ibex.clearRequests()
    ibex.push({
      type: 'user_iban_updated',
      data: { iban: 'changed' },
      timestamp: new Date().toISOString(),
    })
    await vi.waitFor(() =>
      expect(reads().sort()).toEqual(['GET /v1.2/sepa/iban', 'GET /v1.2/users/me']),
    )
    stops.forEach((stop) => stop())
  })
})
