// Test harness of the ceremonies: a fresh mock IBEx per test behind MSW, the software
// authenticator installed on globalThis, a log of every request, and clients destroyed (and
// storage cleared) after each test.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../../src/core/client/IbexClient.ts'
import type { CeremonyStep } from '../../../src/core/ceremonies/CeremonyTypes.ts'
import {
  createSoftwareAuthenticator,
  type SoftwareAuthenticator,
} from '../../../src/mock/authenticator/createSoftwareAuthenticator.ts'
import { createMockIbex, type MockIbex } from '../../../src/mock/createMockIbex.ts'
import type { MockIbexOptions } from '../../../src/mock/MockIbexOptions.ts'
import { mockIbexHandlers } from '../../../src/mock/msw/mockIbexHandlers.ts'

export const BASE_URL = 'https://ibex.test'

/** One request the mock received. */
export type LoggedRequest = {
  method: string
  path: string
  query: URLSearchParams
  /** Raw body text (filled in asynchronously; read after the call settled). */
  body: string
}

/**
 * Sets up the per-test mock, authenticator and clients for the calling test file.
 *
 * @example
 * const h = ceremonyHarness()
 * test('…', async () => { const client = h.client(); await signIn(client, {}) })
 */
export function ceremonyHarness(mockOptions: MockIbexOptions = {}) {
  const server = setupServer()
  const requests: LoggedRequest[] = []
  const clients: IbexClient[] = []
  let mock: MockIbex | undefined
  let authenticator: SoftwareAuthenticator | undefined
  let mockClockOffset = 0

  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    const entry: LoggedRequest = {
      method: request.method,
      path: url.pathname,
      query: url.searchParams,
      body: '',
    }
    requests.push(entry)
    void request
      .clone()
      .text()
      .then((text) => {
        entry.body = text
      })
  })

  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
  beforeEach(() => {
    mockClockOffset = 0
    mock = createMockIbex({ now: () => Date.now() + mockClockOffset, ...mockOptions })
    server.use(...mockIbexHandlers(mock, { baseUrl: BASE_URL }))
    authenticator = createSoftwareAuthenticator({ origin: globalThis.location.origin })
    authenticator.install()
    requests.length = 0
  })
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy()
    authenticator?.uninstall()
    server.resetHandlers()
    globalThis.localStorage.clear()
    globalThis.sessionStorage.clear()
    document.body.innerHTML = ''
  })
  afterAll(() => server.close())

  return {
    get mock(): MockIbex {
      if (!mock) throw new Error('The mock exists inside tests only.')
      return mock
    },
    get authenticator(): SoftwareAuthenticator {
      if (!authenticator) throw new Error('The authenticator exists inside tests only.')
      return authenticator
    },
    requests,
    /** Moves the mock's clock (not the kit's) forward. */
    advanceMockClock(ms: number) {
      mockClockOffset += ms
    },
    /** A client on the mock for `localhost`, destroyed after the test. */
    client(options: Partial<CreateIbexClientOptions> = {}): IbexClient {
      const client = createIbexClient({
        baseUrl: BASE_URL,
        rpId: 'localhost',
        crossTab: false,
        ...options,
      })
      clients.push(client)
      return client
    },
    /** The requests to `method path` so far. */
    calls(method: string, path: string): LoggedRequest[] {
      return requests.filter((entry) => entry.method === method && entry.path === path)
    },
    /** Everything in localStorage and sessionStorage, as one string. */
    storageText(): string {
      const dump = (storage: Storage) =>
        Array.from({ length: storage.length }, (_, i) => {
          const key = storage.key(i) ?? ''
          return `${key}=${storage.getItem(key)}`
        }).join('\n')
      return `${dump(globalThis.localStorage)}\n${dump(globalThis.sessionStorage)}`
    },
  }
}

/** An `onStep` that records the steps, in order. */
export function stepRecorder() {
  const steps: CeremonyStep[] = []
  return { steps, onStep: (step: CeremonyStep) => steps.push(step) }
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  const outcome = await promise.then(
    () => undefined,
    (error: unknown) => error,
  )
  expect(outcome).toBeInstanceOf(Error)
  return outcome as Error
}

/** Asserts that `secret` appears nowhere in `values` (serialised), nor in web storage. */
export function expectNowhere(secret: string, values: unknown[], storageText: string) {
  for (const value of values) {
    const text =
      value instanceof Error
        ? `${JSON.stringify(value)}\n${value.message}\n${value.stack ?? ''}\n${String(value.cause ?? '')}`
        : JSON.stringify(value)
    expect(text).not.toContain(secret)
  }
  expect(storageText).not.toContain(secret)
}
