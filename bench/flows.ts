// `npm run bench:flows`: the request, refresh and socket counts of the flows the kit promises,
// measured (not assumed) against the Node mock IBEx on 127.0.0.1, with the kit's own client,
// query options, realtime client and a software passkey, in one Node process:
//
// - a passkey sign-in asking for the balance, then the balances query: requests in all;
// - 20 observers of the balances query at once: requests;
// - two tabs (two clients on one storage and one channel) opened with an expired access token,
//   10 queries fired in each: refresh requests;
// - realtime started in both tabs: sockets opened.
//
// The same figures are asserted by the tests named in BENCHMARKS.md; this prints them.
import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/query-core'
import WebSocket from 'ws'
import { createIbexClient } from '../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../src/core/client/IbexClient.ts'
import { createRealtimeClient } from '../src/core/realtime/createRealtimeClient.ts'
import { createMemoryStorage } from '../src/core/storage/createMemoryStorage.ts'
import { createSoftwareAuthenticator } from '../src/mock/authenticator/createSoftwareAuthenticator.ts'
import { startMockIbexServer } from '../src/mock/node/startMockIbexServer.ts'
import { balancesQueryOptions } from '../src/query/balancesQueryOptions.ts'
import { signInMutationOptions } from '../src/query/signInMutationOptions.ts'
import { signUpMutationOptions } from '../src/query/signUpMutationOptions.ts'
import { userDataQueryOptions } from '../src/query/userDataQueryOptions.ts'

type Row = { flow: string; measured: number; promised: string; ok: boolean }

const server = await startMockIbexServer({ port: 0 })
const requests: string[] = []
const countingFetch: typeof fetch = (input, init) => {
  const request = new Request(input, init)
  requests.push(`${request.method} ${new URL(request.url).pathname}`)
  return fetch(request)
}
const sockets = { opened: 0 }
server.server.on('upgrade', () => sockets.opened++)

// A page at http://localhost as far as the passkey code can tell: `window`, `location` and a
// software authenticator behind `navigator.credentials` (real P-256 keys the mock verifies).
Object.assign(globalThis, { window: globalThis, location: new URL('http://localhost/') })
const authenticator = createSoftwareAuthenticator({ origin: 'http://localhost' })
authenticator.install(globalThis)

const clients: IbexClient[] = []
function client(options: Partial<CreateIbexClientOptions> = {}): IbexClient {
  const created = createIbexClient({
    baseUrl: server.url,
    rpId: 'localhost',
    crossTab: false,
    fetch: countingFetch,
    ...options,
  })
  clients.push(created)
  return created
}

// Resolves with the first settled result of an observer, as a mounted component would show it
// (at once when the cache already holds fresh data).
function until<T>(observer: Pick<QueryObserver<T>, 'subscribe' | 'getCurrentResult'>): Promise<T> {
  return new Promise((resolve, reject) => {
    const settle = (result: ReturnType<QueryObserver<T>['getCurrentResult']>) => {
      if (result.status === 'pending') return false
      if (result.status === 'success') resolve(result.data)
      else reject(result.error)
      return true
    }
    const stop = observer.subscribe((result) => {
      if (settle(result)) stop()
    })
    if (settle(observer.getCurrentResult())) stop()
  })
}

async function signInThenBalances(): Promise<number> {
  const ibex = client()
  const queryClient = new QueryClient()
  await new MutationObserver(queryClient, signUpMutationOptions(ibex)).mutate({})
  await ibex.signOut()
  requests.length = 0
  await new MutationObserver(queryClient, signInMutationOptions(ibex)).mutate({
    includeBalance: true,
  })
  await until(new QueryObserver(queryClient, balancesQueryOptions(ibex)))
  return requests.length
}

async function twentyObservers(): Promise<number> {
  const ibex = client()
  const queryClient = new QueryClient()
  await new MutationObserver(queryClient, signUpMutationOptions(ibex)).mutate({})
  const fresh = new QueryClient()
  requests.length = 0
  await Promise.all(
    Array.from({ length: 20 }, () => until(new QueryObserver(fresh, balancesQueryOptions(ibex)))),
  )
  return requests.length
}

async function twoTabsExpiredToken(): Promise<{ refreshes: number; sockets: number }> {
  // Signed in once, then the stored pair is made to look expired, as after a night away.
  const storage = createMemoryStorage()
  const first = client({ storage, crossTab: true })
  await new MutationObserver(new QueryClient(), signUpMutationOptions(first)).mutate({})
  const key = first.config.storageKey
  const record = JSON.parse(storage.getItem(key) ?? '{}') as { expiresAt: number }
  first.destroy()
  storage.setItem(key, JSON.stringify({ ...record, expiresAt: Date.now() - 1_000 }))

  const tabs = [client({ storage, crossTab: true }), client({ storage, crossTab: true })]
  requests.length = 0
  // Ten distinct queries per tab, all needing the access token at once.
  const variants = [undefined, 421614].flatMap((chainId) =>
    [false, true].flatMap((includeZero) =>
      [false, true].map((includePrices) => ({ chainId, includeZero, includePrices })),
    ),
  )
  await Promise.allSettled(
    tabs.flatMap((tab) => {
      const queryClient = new QueryClient()
      return [
        ...variants.map((params) => queryClient.fetchQuery(balancesQueryOptions(tab, params))),
        queryClient.fetchQuery(userDataQueryOptions(tab)),
        queryClient.fetchQuery(balancesQueryOptions(tab, { includeEmpty: true })),
      ]
    }),
  )
  const refreshes = requests.filter((request) => request === 'POST /v1.2/auth/refresh').length

  sockets.opened = 0
  const realtimes = tabs.map((tab) => createRealtimeClient(tab, { WebSocket }))
  for (const realtime of realtimes) realtime.start()
  const deadline = Date.now() + 5_000
  while (Date.now() < deadline && !realtimes.some((r) => r.getSnapshot().status === 'open')) {
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  // Give a second socket, if there were to be one, the time to open.
  await new Promise((resolve) => setTimeout(resolve, 500))
  for (const realtime of realtimes) realtime.stop()
  return { refreshes, sockets: sockets.opened }
}

const rows: Row[] = []
const signInRequests = await signInThenBalances()
rows.push({
  flow: 'passkey sign-in with includeBalance, then the balances query',
  measured: signInRequests,
  promised: '2 requests (GET + POST sign-in; balances from the seed)',
  ok: signInRequests === 2,
})
const observerRequests = await twentyObservers()
rows.push({
  flow: '20 observers of the balances query at once',
  measured: observerRequests,
  promised: '1 request',
  ok: observerRequests === 1,
})
const tabs = await twoTabsExpiredToken()
rows.push({
  flow: '2 tabs, expired access token, 10 queries in each',
  measured: tabs.refreshes,
  promised: '1 refresh request',
  ok: tabs.refreshes === 1,
})
rows.push({
  flow: 'realtime started in both tabs (one user)',
  measured: tabs.sockets,
  promised: '1 WebSocket',
  ok: tabs.sockets === 1,
})

console.log('| flow | measured | promised |')
console.log('| --- | ---: | --- |')
for (const row of rows) {
  console.log(`| ${row.flow} | ${row.measured} | ${row.promised} ${row.ok ? '✓' : '✗'} |`)
}

for (const created of clients) created.destroy()
authenticator.uninstall()
await server.close()
process.exitCode = rows.every((row) => row.ok) ? 0 : 1
