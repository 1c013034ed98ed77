import { ws } from 'msw'
import { describe, expect, test, vi } from 'vitest'
import { IbexRealtimeError } from '../../../src/core/realtime/IbexRealtimeError.ts'
import { createRealtimeTestIbex, recordEvents, server, waitForStatus } from './realtimeHarness.ts'

describe('createRealtimeClient against the mock /ws (MSW)', () => {
  test('default: signed in → connecting → open, the initial burst arrives, no HTTP request', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    const statuses: string[] = []
    realtime.subscribe(() => {
      const { status } = realtime.getSnapshot()
      if (statuses.at(-1) !== status) statuses.push(status)
    })
    const events = recordEvents(realtime)
    await waitForStatus(realtime, 'open')
    await vi.waitFor(() => expect(events.map((event) => event.type)).toContain('user_data'))

    expect(events.map((event) => event.type)).toEqual([
      'auth_success',
      'connection_success',
      'balance_data',
      'transaction_data',
      'chainid_data',
      'recovery_data',
      'user_data',
    ])
    expect(realtime.getSnapshot()).toMatchObject({
      status: 'open',
      role: 'leader',
      safeAddress: user.safe,
      lastError: null,
    })
    // auth_success and its legacy copy connection_success open the connection once.
    expect(statuses).toEqual(['connecting', 'open'])
    expect(ibex.sockets).toMatchObject({ opened: 1, open: 1 })
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: nothing connects while signed out; signing in connects', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const realtime = ibex.realtime(client)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(realtime.getSnapshot()).toMatchObject({ status: 'closed', role: null })
    expect(ibex.sockets.opened).toBe(0)
    await ibex.signUp(client)
    await waitForStatus(realtime, 'open')
    expect(ibex.sockets.opened).toBe(1)
  })

  test('behavior: get_balance and get_transactions resolve with the answer of their requestId', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    // Sent while connecting: queued until the socket is authenticated.
    const [balance, page] = await Promise.all([
      realtime.request({ type: 'get_balance' }),
      realtime.request({ type: 'get_transactions', params: { page: 1, limit: 2 } }),
    ])
    expect(balance).toMatchObject({
      mode: 'request',
      safeAddress: user.safe,
      requestId: expect.stringMatching(/^req:/),
      crypto: { '421614': { [user.safe.toLowerCase()]: { tokens: expect.any(Array) } } },
    })
    expect(page).toMatchObject({
      mode: 'request',
      type: 'mixed',
      crypto: { transactions: { '421614': { limit: 2, page: 1 } } },
    })
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: a server error event rejects the request it answers', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    await waitForStatus(realtime, 'open')
    const error = await realtime
      .request({ type: 'get_transactions', params: { startDate: 'yesterday' } })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(IbexRealtimeError)
    expect(error).toMatchObject({
      code: 'realtime/server-error',
      request: 'get_transactions',
      serverCode: 'VALIDATION',
    })
    // The socket is still good for the next one.
    await expect(realtime.request({ type: 'get_balance' })).resolves.toMatchObject({
      mode: 'request',
    })
  })

  test('behavior: a request made while signed out is refused; one without an answer times out', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const realtime = ibex.realtime(client, { url: 'wss://silent.test/ws' })
    await expect(realtime.request({ type: 'get_balance' })).rejects.toMatchObject({
      code: 'realtime/not-connected',
    })
    // A server that accepts the socket and never answers the auth.
    server.use(ws.link('wss://silent.test/ws').addEventListener('connection', () => {}))
    await ibex.signUp(client)
    await expect(
      realtime.request({ type: 'get_balance' }, { timeoutMs: 50 }),
    ).rejects.toMatchObject({ code: 'realtime/timeout', request: 'get_balance' })
    expect(realtime.getSnapshot().status).toBe('connecting')
  })

  test('behavior: a transfer from another user reaches the receiver as balance_update and new_transaction', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const receiver = await ibex.signUp(client)
    const sender = await ibex.signUp()
    const realtime = ibex.realtime(client)
    const events = recordEvents(realtime)
    await waitForStatus(realtime, 'open')
    ibex.clearRequests()

    await ibex.transfer(sender, receiver.safe, '7')
    await vi.waitFor(() =>
      expect(events.find((event) => event.type === 'new_transaction')).toBeDefined(),
    )
    const update = events.find((event) => event.type === 'balance_update')
    expect(update?.data).toMatchObject({
      address: receiver.safe,
      balance: '107000000000000000000',
      symbol: 'EUR-IBEX',
    })
    expect(events.find((event) => event.type === 'new_transaction')?.data).toMatchObject({
      address: receiver.safe,
      newTransaction: { direction: 'IN', value: '7', from: sender.safe },
    })
    expect(ibex.requests()).toEqual([])
  })

  test('behavior: signing out closes the socket (the server frees the session)', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const user = await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    await waitForStatus(realtime, 'open')
    await client.signOut()
    expect(realtime.getSnapshot()).toMatchObject({ status: 'closed', role: null })
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))

    // The token is still valid: the user can connect elsewhere without a 4003.
    const other = ibex.client()
    await other.session.applyAuthResponse(user.body)
    const elsewhere = ibex.realtime(other)
    await waitForStatus(elsewhere, 'open')
    expect(elsewhere.getSnapshot().lastClose).toBeNull()
  })

  test('behavior: stop() closes the socket and start() connects again', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    await waitForStatus(realtime, 'open')
    realtime.stop()
    expect(realtime.getSnapshot().status).toBe('closed')
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))
    realtime.start()
    await waitForStatus(realtime, 'open')
    expect(ibex.sockets).toMatchObject({ opened: 2, open: 1 })
  })
})
