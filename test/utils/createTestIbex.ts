// The shared harness of the React tests: a mock IBEx served through MSW, a client, a QueryClient
// with retries off, a software authenticator standing in for `navigator.credentials`, and a log
// of every request that reached the mock. Importing this module registers the MSW server hooks.
import { QueryClient } from '@tanstack/react-query'
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, onTestFinished } from 'vitest'
import { createIbexClient } from '../../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../src/core/client/IbexClient.ts'
import { createSoftwareAuthenticator } from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import type { SoftwareAuthenticator } from '../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import { createMockIbex, type MockIbex } from '../../src/mock/createMockIbex.ts'
import type { MockIbexOptions } from '../../src/mock/MockIbexOptions.ts'
import { mockIbexHandlers } from '../../src/mock/msw/mockIbexHandlers.ts'

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

/** What {@link createTestIbex} returns. */
export type TestIbex = {
  mock: MockIbex
  client: IbexClient
  queryClient: QueryClient
  authenticator: SoftwareAuthenticator
  /** Requests that reached the mock, in order (`'GET /v1.2/auth/sign-in'`). */
  requests(): string[]
  /** Forgets the requests seen so far. */
  clearRequests(): void
}

/**
 * A fresh mock IBEx (tenant `localhost`), its MSW handlers, a client without cross-tab sync, a
 * QueryClient with `retry: false`, and an installed software authenticator whose origin is the
 * page's. Everything is torn down when the test finishes.
 */
export function createTestIbex(options: CreateTestIbexOptions = {}): TestIbex {
  const mock = createMockIbex({ seed: 'react-tests', ...options.mock })
  server.use(...mockIbexHandlers(mock, { baseUrl: TEST_BASE_URL }))
  const seen: TestRequest[] = []
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.origin === TEST_BASE_URL) {
      seen.push({ method: request.method, path: url.pathname, url })
    }
  }
  server.events.on('request:start', onRequest)

  const client = createIbexClient({
    baseUrl: TEST_BASE_URL,
    rpId: 'localhost',
    crossTab: false,
    ...options.client,
  })
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
  })
  const authenticator = createSoftwareAuthenticator({ origin: window.location.origin })
  if (options.authenticator !== false) authenticator.install()

  onTestFinished(() => {
    server.events.removeListener('request:start', onRequest)
    authenticator.uninstall()
    queryClient.clear()
    client.destroy()
  })

  return {
    mock,
    client,
    queryClient,
    authenticator,
    requests: () => seen.map((request) => `${request.method} ${request.path}`),
    clearRequests: () => {
      seen.length = 0
    },
  }
}
