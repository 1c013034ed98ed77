// The shared harness of the React tests, built on `ibex-react/testing`: a mock IBEx served through MSW, a client, a QueryClient
// with retries off, a software authenticator standing in for `navigator.credentials`, and a log
// of every request that reached the mock. Importing this module registers the MSW server hooks.
import { QueryClient } from '@tanstack/react-query'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, onTestFinished } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../src/core/client/IbexClient.ts'
import type { MockIbexOptions } from '../../src/mock/MockIbexOptions.ts'
import { createIbexTestMock, type IbexTestMock } from '../../src/exports/testing.ts'

/** Where the test clients send their requests. */
export const TEST_BASE_URL = 'https://ibex.test'

/**
 * The MSW server of the harness. `server.use(handler)` in a test puts a handler before the mock's
 * (reset after each test), e.g. to answer one route differently, then `return` to let the mock
 * answer.
 */
export const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** One request seen by the mock: `GET /v1.2/auth/sign-in`. */
export type TestRequest = { method: string; path: string; url: URL }

/** Options of {@link createTestIbex}. */
export type CreateTestIbexOptions = {
  mock?: MockIbexOptions
  client?: Partial<CreateIbexClientOptions>
  /** Install the software authenticator (default true). */
  authenticator?: boolean
}

/** What {@link createTestIbex} returns: the kit's test mock plus the harness's own pieces. */
export type TestIbex = IbexTestMock & {
  client: IbexClient
  queryClient: QueryClient
  /** Requests that reached the mock, in order (`'GET /v1.2/auth/sign-in'`). */
  requests(): string[]
  /** Forgets the requests seen so far. */
  clearRequests(): void
}

/**
 * The kit's own `createIbexTestMock` (`ibex-react/testing`) on the harness's MSW server: a fresh
 * mock IBEx (tenant `localhost`), a software authenticator whose origin is the page's (installed
 * unless `authenticator: false`), plus a client without cross-tab sync built from its provider
 * props and a QueryClient with `retry: false`. Everything is torn down when the test finishes.
 */
export async function createTestIbex(options: CreateTestIbexOptions = {}): Promise<TestIbex> {
  const ibex = await createIbexTestMock({
    server,
    baseUrl: TEST_BASE_URL,
    mock: { seed: 'react-tests', ...options.mock },
    authenticator: options.authenticator,
    // These tests count HTTP requests; the realtime tests drive the socket themselves.
    realtime: false,
  })
  const seen: TestRequest[] = []
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.origin === TEST_BASE_URL) {
      seen.push({ method: request.method, path: url.pathname, url })
    }
  }
  server.events.on('request:start', onRequest)

  const client = createIbexClient({ ...ibex.providerProps.config, ...options.client })
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })

  onTestFinished(async () => {
    server.events.removeListener('request:start', onRequest)
    await ibex.close()
    queryClient.clear()
    client.destroy()
  })

  return {
    ...ibex,
    client,
    queryClient,
    requests: () => seen.map((request) => `${request.method} ${request.path}`),
    clearRequests: () => {
      seen.length = 0
    },
  }
}
