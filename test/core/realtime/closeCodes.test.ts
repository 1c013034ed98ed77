import { describe, expect, test, vi } from 'vitest'
import type { RealtimeWebSocketConstructor } from '../../../src/core/realtime/RealtimeWebSocket.ts'
import { authDeadlines, authTimeoutMs } from '../../mock/realtime/authDeadlines.ts'
import { createRealtimeTestIbex, waitForStatus, WS_URL } from './realtimeHarness.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A page WebSocket (MSW's, in jsdom) whose first `auth` message is lost on the way. */
function dropFirstAuth(): RealtimeWebSocketConstructor {
  let dropped = false
  return class {
    readonly #socket: WebSocket
    constructor(url: string) {
      this.#socket = new WebSocket(url)
    }
    send(data: string) {
      if (!dropped && data.includes('"auth"')) {
        dropped = true
        return
      }
      this.#socket.send(data)
    }
    close(code?: number, reason?: string) {
      this.#socket.close(code, reason)
    }
    set onopen(handler: ((event: Event) => void) | null) {
      this.#socket.onopen = handler
    }
    set onmessage(handler: ((event: MessageEvent) => void) | null) {
      this.#socket.onmessage = handler
    }
    set onclose(handler: ((event: CloseEvent) => void) | null) {
      this.#socket.onclose = handler
    }
    set onerror(handler: ((event: Event) => void) | null) {
      this.#socket.onerror = handler
    }
  }
}

/** Opens a raw page socket for `token` and resolves once the mock authenticated it. */
async function otherSession(token: string): Promise<WebSocket> {
  const socket = new WebSocket(`${WS_URL}?rpId=localhost`)
  await new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'auth', token })))
    socket.addEventListener('message', (event) => {
      if (String(event.data).includes('auth_success')) resolve()
    })
    socket.addEventListener('close', () => reject(new Error('other session closed')))
  })
  return socket
}

describe('close codes', () => {
  test('4001 (no auth in time): reconnects and authenticates at once, without back-off', async () => {
    // The deadline passes when the test says so: a real 80 ms one also ran out for the retry's
    // auth whenever a loaded machine took longer than that between open and auth.
    const deadlines = authDeadlines()
    const ibex = createRealtimeTestIbex({
      mock: { webSocket: { authTimeoutMs, closeDelayMs: 5 }, setTimer: deadlines.setTimer },
    })
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = ibex.realtime(client, {
      WebSocket: dropFirstAuth(),
      // A back-off would outlast the test.
      reconnect: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
    })
    await vi.waitFor(() => expect(deadlines.pending()).toBe(1))
    deadlines.expire()
    await waitForStatus(realtime, 'open')
    expect(realtime.getSnapshot().lastClose).toEqual({
      code: 4001,
      reason: 'Authentication timeout',
    })
    expect(ibex.sockets.opened).toBe(2)
  })

  test('4002 (token refused): refreshes the token, then reconnects at once', async () => {
    let offset = 0
    const ibex = createRealtimeTestIbex({ mock: { now: () => Date.now() + offset } })
    const client = ibex.client()
    await ibex.signUp(client)
    const errors: string[] = []
    // The server's clock is two hours ahead: the token the kit holds has expired there.
    offset = 2 * 3_600_000
    ibex.clearRequests()
    const realtime = ibex.realtime(client, {
      reconnect: { baseDelayMs: 60_000, maxDelayMs: 60_000 },
    })
    realtime.subscribe(() => {
      const code = realtime.getSnapshot().lastError?.code
      if (code && errors.at(-1) !== code) errors.push(code)
    })
    await waitForStatus(realtime, 'open')
    expect(errors).toEqual(['TOKEN_EXPIRED'])
    expect(realtime.getSnapshot()).toMatchObject({
      lastClose: { code: 4002 },
      lastError: null,
    })
    expect(ibex.requests()).toEqual(['POST /v1.2/auth/refresh'])
    expect(ibex.sockets.opened).toBe(2)
  })

  test('4002 again after a refresh: backs off instead of looping', async () => {
    const ibex = createRealtimeTestIbex({ mock: { rpIds: ['example.com'] } })
    const client = ibex.client()
    await ibex.signUp(client)
    // A tenant the token was not issued for: every auth is refused (WRONG_ISSUER).
    const realtime = ibex.realtime(client, {
      url: `${WS_URL}?rpId=example.com`,
      reconnect: { baseDelayMs: 400, maxDelayMs: 400 },
      random: () => 1,
    })
    await vi.waitFor(() => expect(ibex.sockets.opened).toBe(2))
    const secondOpenedAt = performance.now()
    await vi.waitFor(() => expect(ibex.sockets.opened).toBe(3))
    // The first retry came at once, the next one after the 400 ms back-off.
    expect(performance.now() - secondOpenedAt).toBeGreaterThanOrEqual(300)
    expect(realtime.getSnapshot()).toMatchObject({
      status: 'reconnecting',
      lastClose: { code: 4002 },
      lastError: { code: 'WRONG_ISSUER' },
    })
    expect(ibex.requests().filter((r) => r === 'POST /v1.2/auth/refresh').length).toBeGreaterThan(0)
  })

  test('4003 (another session of the user): does not fight it; reconnect() once it is gone', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const elsewhere = await otherSession(user.accessToken)
    const realtime = ibex.realtime(client, { duplicateRetries: 0 })
    await waitForStatus(realtime, 'closed')
    expect(realtime.getSnapshot()).toMatchObject({
      status: 'closed',
      role: 'leader',
      lastClose: { code: 4003, reason: 'ALREADY_CONNECTED' },
      lastError: { code: 'ALREADY_CONNECTED' },
    })
    await sleep(150)
    expect(ibex.sockets.opened).toBe(2)

    elsewhere.close()
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))
    realtime.reconnect()
    await waitForStatus(realtime, 'open')
    expect(ibex.sockets.opened).toBe(3)
  })

  test('4003 right after taking over: retried with back-off while the old session goes away', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const ghost = await otherSession(user.accessToken)
    const realtime = ibex.realtime(client, { reconnect: { baseDelayMs: 100, maxDelayMs: 100 } })
    await vi.waitFor(() => expect(realtime.getSnapshot().lastClose?.code).toBe(4003))
    expect(realtime.getSnapshot().status).toBe('reconnecting')
    ghost.close()
    await waitForStatus(realtime, 'open')
  })

  test('1011 (server error): backs off with jitter, then reconnects', async () => {
    const ibex = createRealtimeTestIbex()
    ibex.refuseNext(1011, 'Internal error')
    const client = ibex.client()
    await ibex.signUp(client)
    const jitter = vi.fn(() => 0.5)
    const realtime = ibex.realtime(client, {
      reconnect: { baseDelayMs: 400, maxDelayMs: 10_000 },
      random: jitter,
    })
    await vi.waitFor(() => expect(realtime.getSnapshot().lastClose?.code).toBe(1011))
    const closedAt = performance.now()
    expect(realtime.getSnapshot().status).toBe('reconnecting')
    await waitForStatus(realtime, 'open')
    // Equal jitter of 400 ms at 0.5: 300 ms.
    expect(performance.now() - closedAt).toBeGreaterThanOrEqual(250)
    expect(jitter).toHaveBeenCalledTimes(1)
    expect(ibex.sockets.opened).toBe(2)
  })

  test('4000 (superseded, here by a mock reset) and 1008 (unknown tenant): closed, no retry', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    await waitForStatus(realtime, 'open')
    ibex.mock.reset()
    await waitForStatus(realtime, 'closed')
    expect(realtime.getSnapshot().lastClose?.code).toBe(4000)

    const stranger = ibex.client()
    await ibex.signUp(stranger)
    const refused = ibex.realtime(stranger, { url: `${WS_URL}?rpId=unknown.test` })
    await waitForStatus(refused, 'closed')
    expect(refused.getSnapshot().lastClose?.code).toBe(1008)
    await sleep(100)
    expect(ibex.sockets.opened).toBe(2)
  })
})
