// @vitest-environment node
import { describe, expect, it } from 'vitest'
import type { MockSocketConnection } from '../../../src/mock/realtime/MockSocketConnection.ts'
import { createTestIbex } from '../createTestIbex.ts'
import { signUpKeyUser } from '../walletUsers.ts'
import { authDeadlines, authTimeoutMs } from './authDeadlines.ts'

type Frame = { type: string; data: Record<string, unknown> }

/**
 * A socket as an adapter hands it to the hub, with its transport state in the test's hands:
 * `open = false` is the moment a client's close frame has been read and the TCP teardown (the
 * adapter's close event) has not happened yet.
 */
function fakeConnection() {
  const frames: Frame[] = []
  const state = { open: true, closedWith: undefined as number | undefined }
  let notify = () => {}
  const connection: MockSocketConnection = {
    send(text) {
      frames.push(JSON.parse(text) as Frame)
      notify()
    },
    close(code) {
      state.closedWith = code
      notify()
    },
    isOpen: () => state.open,
  }
  /** Resolves once a frame of `type` arrived or the server closed the socket. */
  const settled = (type: string) =>
    new Promise<void>((resolve) => {
      const check = () => {
        if (frames.some((frame) => frame.type === type) || state.closedWith !== undefined) {
          resolve()
        }
      }
      notify = check
      check()
    })
  return { connection, frames, state, settled }
}

describe('one realtime session per user and rpId', () => {
  it('frees the slot as soon as the old socket is closing, before its close event', async () => {
    const ibex = createTestIbex({ webSocket: { authTimeoutMs: 60_000, closeDelayMs: 0 } })
    const user = await signUpKeyUser(ibex)
    const auth = JSON.stringify({ type: 'auth', token: user.accessToken })

    const first = fakeConnection()
    const firstSession = ibex.mock.sockets.connect(first.connection, { rpId: 'localhost' })
    firstSession.receive(auth)
    await first.settled('auth_success')

    // Still open: a second socket is a duplicate.
    const second = fakeConnection()
    ibex.mock.sockets.connect(second.connection, { rpId: 'localhost' }).receive(auth)
    await second.settled('never')
    expect(second.frames[0]?.data.error_code).toBe('ALREADY_CONNECTED')
    expect(second.state.closedWith).toBe(4003)

    // The client closed: its close frame was read, the adapter's close event not yet fired.
    first.state.open = false
    const third = fakeConnection()
    ibex.mock.sockets.connect(third.connection, { rpId: 'localhost' }).receive(auth)
    await third.settled('auth_success')
    expect(third.frames[0]?.type).toBe('auth_success')
    expect(third.state.closedWith).toBeUndefined()

    // The late close event of the first socket does not free the third one's slot.
    firstSession.closed()
    const fourth = fakeConnection()
    ibex.mock.sockets.connect(fourth.connection, { rpId: 'localhost' }).receive(auth)
    await fourth.settled('never')
    expect(fourth.frames[0]?.data.error_code).toBe('ALREADY_CONNECTED')
  })
})

describe('the auth deadline', () => {
  it('is met by the arrival of the auth message, however long its token check takes', async () => {
    const deadlines = authDeadlines()
    const ibex = createTestIbex({
      webSocket: { authTimeoutMs, closeDelayMs: 0 },
      setTimer: deadlines.setTimer,
    })
    const user = await signUpKeyUser(ibex)
    const socket = fakeConnection()
    const session = ibex.mock.sockets.connect(socket.connection, { rpId: 'localhost' })
    expect(deadlines.pending()).toBe(1)
    session.receive(JSON.stringify({ type: 'auth', token: user.accessToken }))
    // The deadline passes while the token is being checked (asynchronously).
    deadlines.expire()
    await socket.settled('auth_success')
    expect(socket.frames[0]?.type).toBe('auth_success')
    expect(socket.state.closedWith).toBeUndefined()
  })

  it('closes 4001 when no message arrives in time', async () => {
    const deadlines = authDeadlines()
    const ibex = createTestIbex({ webSocket: { authTimeoutMs }, setTimer: deadlines.setTimer })
    const socket = fakeConnection()
    ibex.mock.sockets.connect(socket.connection, { rpId: 'localhost' })
    deadlines.expire()
    await socket.settled('never')
    expect(socket.state.closedWith).toBe(4001)
    expect(socket.frames).toEqual([])
  })
})
