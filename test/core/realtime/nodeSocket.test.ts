// @vitest-environment node
import type { Socket } from 'node:net'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import WebSocket from 'ws'
import { createIbexClient } from '../../../src/core/client/createIbexClient.ts'
import type { IbexClient } from '../../../src/core/client/IbexClient.ts'
import { createRealtimeClient } from '../../../src/core/realtime/createRealtimeClient.ts'
import type { IbexRealtimeClient } from '../../../src/core/realtime/IbexRealtimeClient.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../../src/mock/node/startMockIbexServer.ts'
import { mockApi, signUpApiUser } from './apiUsers.ts'

let server: MockIbexServer
let client: IbexClient
let realtime: IbexRealtimeClient
const upgrades: Socket[] = []

beforeEach(async () => {
  server = await startMockIbexServer({ port: 0 })
  server.server.on('upgrade', (_request, socket: Socket) => upgrades.push(socket))
  client = createIbexClient({ baseUrl: server.url, rpId: 'localhost', crossTab: false })
})
afterEach(async () => {
  realtime?.stop()
  client.destroy()
  upgrades.length = 0
  await server.close()
})

async function signIn() {
  const user = await signUpApiUser(mockApi(server.url))
  await client.session.applyAuthResponse(user.body)
}

describe('createRealtimeClient in Node with the ws package, against the mock server', () => {
  test('default: the socket URL derives from baseUrl (http → ws) and the burst arrives', async () => {
    await signIn()
    realtime = createRealtimeClient(client, { WebSocket })
    const types: string[] = []
    realtime.on((event) => types.push(event.type))
    realtime.start()
    await vi.waitFor(() => expect(types).toContain('user_data'))
    expect(realtime.getSnapshot()).toMatchObject({ status: 'open', role: 'leader' })
    expect(upgrades).toHaveLength(1)
  })

  test('1006 (connection lost): reconnects after a back-off', async () => {
    await signIn()
    realtime = createRealtimeClient(client, {
      WebSocket,
      reconnect: { baseDelayMs: 200, maxDelayMs: 200 },
      random: () => 0,
    })
    realtime.start()
    await vi.waitFor(() => expect(realtime.getSnapshot().status).toBe('open'))
    upgrades[0]?.destroy()
    await vi.waitFor(() => expect(realtime.getSnapshot().lastClose?.code).toBe(1006))
    expect(realtime.getSnapshot().status).toBe('reconnecting')
    await vi.waitFor(() => expect(realtime.getSnapshot().status).toBe('open'))
    expect(upgrades).toHaveLength(2)
  })

  test('behavior: a server with no realtime client started opens nothing', async () => {
    await signIn()
    realtime = createRealtimeClient(client, { WebSocket })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(realtime.getSnapshot().status).toBe('closed')
    expect(upgrades).toHaveLength(0)
  })
})
