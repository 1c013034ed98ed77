// The harness of the realtime tests: a mock IBEx on the real clock served through MSW (HTTP and
// the `/ws` WebSocket, which MSW intercepts in jsdom), kit clients, realtime clients with fast
// back-off, users signed up straight on the mock, and a log of HTTP requests and sockets.
// Importing this module registers the MSW server hooks.
import { setupServer } from 'msw/node'
import { afterAll, afterEach, beforeAll, expect, onTestFinished, vi } from 'vitest'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'
import type { CreateIbexClientOptions, IbexClient } from '../../../src/core/client/IbexClient.ts'
import { createRealtimeClient } from '../../../src/core/realtime/createRealtimeClient.ts'
import type {
  CreateRealtimeClientOptions,
  IbexRealtimeClient,
  IbexRealtimeStatus,
} from '../../../src/core/realtime/IbexRealtimeClient.ts'
import type { IbexRealtimeEvent } from '../../../src/core/realtime/IbexRealtimeEvent.ts'
import { createMockIbex, type MockIbex } from '../../../src/mock/createMockIbex.ts'
import type { MockIbexOptions } from '../../../src/mock/MockIbexOptions.ts'
import { mockIbexHandlers } from '../../../src/mock/msw/mockIbexHandlers.ts'
import { mockIbexSocketHandler } from '../../../src/mock/msw/mockIbexSocketHandler.ts'
import { mockApi, signUpApiUser, transferEur, type ApiUser } from './apiUsers.ts'

export const BASE_URL = 'https://ibex.test'
export const WS_URL = 'wss://ibex.test/ws'

export const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A user signed up on the mock with a PIN-style key. */
export type RealtimeTestUser = ApiUser

/** What the mock's socket hub saw (every connection, whoever opened it). */
export type SocketLog = {
  /** Connections opened so far. */
  opened: number
  /** Connections open now. */
  open: number
  /** The most ever open at once. */
  maxOpen: number
}

let channelCount = 0

/** A BroadcastChannel name no other test uses (two clients with it behave as two tabs). */
export function uniqueChannel(): string {
  return `ibex-realtime-test-${Date.now()}-${++channelCount}-${Math.random()}`
}

/**
 * A mock IBEx (real clock, `authTimeoutMs` 1 s, `closeDelayMs` 5 ms unless overridden) behind
 * MSW, plus helpers. Everything created is torn down when the test finishes.
 */
export function createRealtimeTestIbex(options: { mock?: MockIbexOptions } = {}) {
  const mock: MockIbex = createMockIbex({
    seed: `realtime-${Math.random()}`,
    webSocket: { authTimeoutMs: 1000, closeDelayMs: 5 },
    ...options.mock,
  })
  const sockets: SocketLog = { opened: 0, open: 0, maxOpen: 0 }
  // Counted and driven where the mock's hub accepts sockets: one more `ws.link` per test would
  // add a listener to MSW's shared BroadcastChannel, which warns past ten.
  const hub = mock.sockets
  const connect = hub.connect.bind(hub)
  const live = new Set<{ send(text: string): void }>()
  let refuseNext: { code: number; reason: string } | undefined
  hub.connect = (connection, info) => {
    sockets.opened++
    sockets.open++
    sockets.maxOpen = Math.max(sockets.maxOpen, sockets.open)
    let counted = true
    const gone = () => {
      if (counted) sockets.open--
      counted = false
      live.delete(connection)
    }
    live.add(connection)
    const session = connect(
      {
        send: (text) => connection.send(text),
        close: (code, reason) => {
          gone()
          connection.close(code, reason)
        },
        isOpen: () => connection.isOpen?.() ?? true,
      },
      info,
    )
    const refused = refuseNext
    refuseNext = undefined
    if (refused) {
      gone()
      session.closed()
      connection.close(refused.code, refused.reason)
    }
    return {
      receive: (text) => session.receive(text),
      closed: () => {
        gone()
        session.closed()
      },
    }
  }
  server.use(
    ...mockIbexHandlers(mock, { baseUrl: BASE_URL }),
    mockIbexSocketHandler(mock, { url: WS_URL }),
  )
  const seen: string[] = []
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url)
    if (url.origin === BASE_URL) seen.push(`${request.method} ${url.pathname}`)
  }
  server.events.on('request:start', onRequest)
  onTestFinished(() => {
    server.events.removeListener('request:start', onRequest)
  })

  const call = mockApi('http://mock.invalid', (request) => mock.handle(request))

  return {
    mock,
    sockets,
    /** The server closes the next socket at once with `code` (e.g. 1011, an internal error). */
    refuseNext(code: number, reason: string) {
      refuseNext = { code, reason }
    },
    /** Sends raw text from the server to every open socket (e.g. a `maintenance` message). */
    push(message: unknown) {
      for (const connection of live) connection.send(JSON.stringify(message))
    },
    /** A call straight to the mock, as another device would make (not seen by `requests()`). */
    call,
    /** HTTP requests the kit's clients sent to IBEx (`GET /v1.2/users/me/balances`). */
    requests: () => [...seen],
    clearRequests: () => {
      seen.length = 0
    },
    /** A kit client on the mock (no cross-tab sync unless `crossTab` is given). */
    client(overrides: Partial<CreateIbexClientOptions> = {}): IbexClient {
      const client = createIbexClient({
        baseUrl: BASE_URL,
        rpId: 'localhost',
        crossTab: false,
        ...overrides,
      })
      onTestFinished(() => client.destroy())
      return client
    },
    /** A started realtime client with a fast back-off (20 ms base, 200 ms ceiling). */
    realtime(client: IbexClient, overrides: CreateRealtimeClientOptions = {}): IbexRealtimeClient {
      const realtime = createRealtimeClient(client, {
        reconnect: { baseDelayMs: 20, maxDelayMs: 200 },
        ...overrides,
      })
      realtime.start()
      onTestFinished(() => realtime.stop())
      return realtime
    },
    /** Signs a user up directly on the mock (no kit request); signs `client` in with it. */
    async signUp(client?: IbexClient): Promise<RealtimeTestUser> {
      const user = await signUpApiUser(call)
      if (client) await client.session.applyAuthResponse(user.body)
      return user
    },
    /** `from` sends `amount` EUR-IBEX to `to` on 421614 (prepare, sign, execute on the mock). */
    transfer: (from: RealtimeTestUser, to: string, amount: string) =>
      transferEur(call, from, to, amount),
  }
}

/** Records every event of a realtime client. */
export function recordEvents(realtime: IbexRealtimeClient): IbexRealtimeEvent[] {
  const events: IbexRealtimeEvent[] = []
  realtime.on((event) => events.push(event))
  return events
}

/** Waits until the realtime status is `status`. */
export async function waitForStatus(
  realtime: IbexRealtimeClient,
  status: IbexRealtimeStatus,
  timeout = 5000,
): Promise<void> {
  await vi.waitFor(() => expect(realtime.getSnapshot().status).toBe(status), { timeout })
}
