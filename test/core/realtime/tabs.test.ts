import { describe, expect, test, vi } from 'vitest'
import { createMemoryStorage } from '../../../src/core/storage/createMemoryStorage.ts'
import type { IbexRealtimeClient } from '../../../src/core/realtime/IbexRealtimeClient.ts'
import {
  createRealtimeTestIbex,
  recordEvents,
  uniqueChannel,
  waitForStatus,
} from './realtimeHarness.ts'

/** Two kit clients that behave as two tabs of one browser: one storage, one channel. */
function twoTabs(ibex: ReturnType<typeof createRealtimeTestIbex>) {
  const storage = createMemoryStorage()
  const crossTab = { channelName: uniqueChannel() }
  return [ibex.client({ storage, crossTab }), ibex.client({ storage, crossTab })] as const
}

function roles(...tabs: IbexRealtimeClient[]) {
  return tabs.map((tab) => tab.getSnapshot().role).sort()
}

describe('one socket across tabs (BroadcastChannel lock, as in browsers without Web Locks)', () => {
  test('default: two tabs of one user keep exactly one socket; both get every event', async () => {
    const ibex = createRealtimeTestIbex()
    const [clientA, clientB] = twoTabs(ibex)
    const receiver = await ibex.signUp(clientA)
    await vi.waitFor(() => expect(clientB.session.getSnapshot().status).toBe('signed-in'))
    const tabA = ibex.realtime(clientA)
    const tabB = ibex.realtime(clientB)
    const eventsA = recordEvents(tabA)
    const eventsB = recordEvents(tabB)
    await waitForStatus(tabA, 'open')
    await waitForStatus(tabB, 'open')
    expect(roles(tabA, tabB)).toEqual(['follower', 'leader'])
    expect(tabB.getSnapshot().safeAddress).toBe(receiver.safe)
    await vi.waitFor(() => {
      for (const events of [eventsA, eventsB]) {
        expect(events.map((event) => event.type)).toEqual(
          expect.arrayContaining(['auth_success', 'balance_data', 'transaction_data', 'user_data']),
        )
      }
    })

    const sender = await ibex.signUp()
    await ibex.transfer(sender, receiver.safe, '2')
    await vi.waitFor(() => {
      for (const events of [eventsA, eventsB]) {
        expect(events.find((event) => event.type === 'balance_update')?.data).toMatchObject({
          address: receiver.safe,
          balance: '102000000000000000000',
        })
      }
    })
    expect(ibex.sockets).toMatchObject({ opened: 1, open: 1, maxOpen: 1 })
  })

  test('behavior: a follower request goes through the leader socket', async () => {
    const ibex = createRealtimeTestIbex()
    const [clientA, clientB] = twoTabs(ibex)
    const user = await ibex.signUp(clientA)
    const tabA = ibex.realtime(clientA)
    await waitForStatus(tabA, 'open')
    const tabB = ibex.realtime(clientB)
    await waitForStatus(tabB, 'open')
    expect(tabB.getSnapshot().role).toBe('follower')
    const [balance, transactions] = await Promise.all([
      tabB.request({ type: 'get_balance' }),
      tabB.request({ type: 'get_transactions', params: { limit: 1 } }),
    ])
    expect(balance).toMatchObject({ mode: 'request', safeAddress: user.safe })
    expect(transactions).toMatchObject({
      crypto: { transactions: { '421614': { limit: 1 } } },
    })
    await expect(
      tabB.request({ type: 'get_transactions', params: { startDate: 'nope' } }),
    ).rejects.toMatchObject({ code: 'realtime/server-error', serverCode: 'VALIDATION' })
    expect(ibex.sockets).toMatchObject({ opened: 1, maxOpen: 1 })
  })

  test('behavior: closing the leader tab hands the socket to the other tab', async () => {
    const ibex = createRealtimeTestIbex()
    const [clientA, clientB] = twoTabs(ibex)
    await ibex.signUp(clientA)
    const tabA = ibex.realtime(clientA)
    await waitForStatus(tabA, 'open')
    const tabB = ibex.realtime(clientB)
    await waitForStatus(tabB, 'open')
    expect(tabA.getSnapshot().role).toBe('leader')
    const eventsB = recordEvents(tabB)

    // A request on its way to the leader when it goes away is answered by the next one.
    const acrossHandOver = tabB.request({ type: 'get_balance' })
    // The leader tab goes away (what its provider's unmount or `pagehide` do).
    tabA.stop()
    clientA.destroy()
    await vi.waitFor(() => expect(tabB.getSnapshot().role).toBe('leader'))
    await waitForStatus(tabB, 'open')
    await expect(acrossHandOver).resolves.toMatchObject({ mode: 'request' })
    expect(eventsB.map((event) => event.type)).toContain('balance_data')
    expect(ibex.sockets).toMatchObject({ opened: 2, open: 1, maxOpen: 1 })
  })

  test('behavior: three tabs, two leaders leave in turn: never two sockets at once', async () => {
    const ibex = createRealtimeTestIbex()
    const storage = createMemoryStorage()
    const crossTab = { channelName: uniqueChannel() }
    const clients = [0, 1, 2].map(() => ibex.client({ storage, crossTab }))
    await ibex.signUp(clients[0])
    await vi.waitFor(() =>
      clients.forEach((client) => expect(client.session.getSnapshot().status).toBe('signed-in')),
    )
    const tabs = clients.map((client) => ibex.realtime(client))
    for (const tab of tabs) await waitForStatus(tab, 'open')
    for (let left = 0; left < 2; left++) {
      const leader = tabs.find((tab) => tab.getSnapshot().role === 'leader')
      leader?.stop()
      const rest = tabs.filter((tab) => tab.getSnapshot().role !== null)
      await vi.waitFor(() => expect(roles(...rest)).toContain('leader'))
      for (const tab of rest) await waitForStatus(tab, 'open')
    }
    expect(ibex.sockets).toMatchObject({ opened: 3, open: 1, maxOpen: 1 })
  })

  test('behavior: signing out in one tab closes the socket for every tab', async () => {
    const ibex = createRealtimeTestIbex()
    const [clientA, clientB] = twoTabs(ibex)
    await ibex.signUp(clientA)
    const tabA = ibex.realtime(clientA)
    const tabB = ibex.realtime(clientB)
    await waitForStatus(tabA, 'open')
    await waitForStatus(tabB, 'open')
    const follower = tabA.getSnapshot().role === 'follower' ? clientA : clientB
    await follower.signOut()
    await waitForStatus(tabA, 'closed')
    await waitForStatus(tabB, 'closed')
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(ibex.sockets.opened).toBe(1)
  })

  test('behavior: reconnect() from a follower reaches the leader after a 4003', async () => {
    const ibex = createRealtimeTestIbex()
    const [clientA, clientB] = twoTabs(ibex)
    const user = await ibex.signUp(clientA)
    const other = new WebSocket('wss://ibex.test/ws?rpId=localhost')
    await new Promise<void>((resolve) => {
      other.onopen = () => other.send(JSON.stringify({ type: 'auth', token: user.accessToken }))
      other.onmessage = () => resolve()
    })
    const tabA = ibex.realtime(clientA, { duplicateRetries: 0 })
    await waitForStatus(tabA, 'closed')
    const tabB = ibex.realtime(clientB, { duplicateRetries: 0 })
    await vi.waitFor(() => expect(tabB.getSnapshot().lastClose?.code).toBe(4003))
    expect(tabB.getSnapshot()).toMatchObject({ role: 'follower', status: 'closed' })
    other.close()
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))
    tabB.reconnect()
    await waitForStatus(tabA, 'open')
    await waitForStatus(tabB, 'open')
  })

  test('behavior: pagehide hands the socket over at once; pageshow rejoins', async () => {
    const ibex = createRealtimeTestIbex()
    const client = ibex.client()
    await ibex.signUp(client)
    const realtime = ibex.realtime(client)
    await waitForStatus(realtime, 'open')
    window.dispatchEvent(new Event('pagehide'))
    expect(realtime.getSnapshot().status).toBe('closed')
    await vi.waitFor(() => expect(ibex.sockets.open).toBe(0))
    window.dispatchEvent(new Event('pageshow'))
    await waitForStatus(realtime, 'open')
    expect(ibex.sockets).toMatchObject({ opened: 2, open: 1 })
  })
})
