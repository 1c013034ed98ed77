import { describe, expect, test, vi } from 'vitest'
import { createLazyRealtimeClient } from '../../../src/core/realtime/createLazyRealtimeClient.ts'
import { createRealtimeClient } from '../../../src/core/realtime/createRealtimeClient.ts'
import { createRealtimeTestIbex, recordEvents, waitForStatus } from './realtimeHarness.ts'

const FAST = { reconnect: { baseDelayMs: 20, maxDelayMs: 200 } }

describe('createLazyRealtimeClient', () => {
  test('default: loads nothing while signed out; at sign-in it loads, connects, and handlers registered before get the burst', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const load = vi.fn(() => Promise.resolve(createRealtimeClient))
    const realtime = createLazyRealtimeClient(client, FAST, load)
    const events = recordEvents(realtime)
    const balances: unknown[] = []
    realtime.on('balance_data', (event) => balances.push(event.data))
    realtime.start()
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(load).not.toHaveBeenCalled()
    expect(realtime.getSnapshot().status).toBe('closed')

    await ibex.signUp(client)
    await waitForStatus(realtime, 'open')
    await vi.waitFor(() => expect(events.map((event) => event.type)).toContain('user_data'))
    expect(load).toHaveBeenCalledTimes(1)
    expect(events[0]?.type).toBe('auth_success')
    expect(balances).toHaveLength(1)
    expect(ibex.sockets).toMatchObject({ opened: 1, open: 1 })

    realtime.stop()
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))
    expect(realtime.getSnapshot().status).toBe('closed')
  })

  test('behavior: a handler removed before the load gets nothing; requests wait for the load', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = createLazyRealtimeClient(client, FAST)
    const removed = vi.fn()
    realtime.on(removed)()
    realtime.start()
    const balance = await realtime.request({ type: 'get_balance' })
    expect(balance).toBeDefined()
    expect(realtime.getSnapshot()).toMatchObject({ status: 'open', role: 'leader' })
    expect(removed).not.toHaveBeenCalled()
    realtime.stop()
  })

  test('behavior: a failed download is reported in lastError and retried at the next sign-in', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    const load = vi
      .fn<() => Promise<typeof createRealtimeClient>>()
      .mockRejectedValueOnce(new Error('chunk gone'))
      .mockResolvedValue(createRealtimeClient)
    const realtime = createLazyRealtimeClient(client, FAST, load)
    realtime.start()
    await ibex.signUp(client)
    await vi.waitFor(() =>
      expect(realtime.getSnapshot().lastError).toMatchObject({ code: 'realtime/load-failed' }),
    )
    expect(realtime.getSnapshot().status).toBe('closed')

    await client.signOut()
    await ibex.signUp(client)
    await waitForStatus(realtime, 'open')
    expect(load).toHaveBeenCalledTimes(2)
    realtime.stop()
  })
})
