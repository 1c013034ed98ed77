import { afterEach, describe, expect, test, vi } from 'vitest'
import { clientsForEachTest, signInBody, startMswServer } from './fakeIbex.ts'

startMswServer()
const makeClient = clientsForEachTest()

afterEach(() => {
  vi.unstubAllGlobals()
})

/** A same-origin script (another tab, an injected one) listening on a channel and asking it. */
function eavesdrop(name: string) {
  const heard: unknown[] = []
  const channel = new BroadcastChannel(name)
  channel.onmessage = (event: MessageEvent) => heard.push(event.data)
  return {
    heard,
    askForTheSession: () => channel.postMessage({ type: 'query', issuedAt: 0 }),
    close: () => channel.close(),
  }
}

describe('the cross-tab channel', () => {
  test('default (crossTab on): any same-origin script on the channel gets the tokens, even with memory storage', async () => {
    const client = makeClient({ storage: 'memory', crossTab: { channelName: 'ibex:exposed' } })
    await client.session.applyAuthResponse(signInBody())
    const spy = eavesdrop('ibex:exposed')
    spy.askForTheSession()
    await vi.waitFor(() =>
      expect(spy.heard).toContainEqual({
        type: 'session',
        record: expect.objectContaining({ accessToken: client.session.getTokens()?.accessToken }),
      }),
    )
    spy.close()
  })

  test('crossTab: false is memory-only isolation: no channel is opened, nothing is told or answered', async () => {
    const opened: string[] = []
    const Native = BroadcastChannel
    vi.stubGlobal(
      'BroadcastChannel',
      class extends Native {
        constructor(name: string) {
          super(name)
          opened.push(name)
        }
      },
    )
    const isolated = makeClient({ storage: 'memory', crossTab: false })
    const spy = eavesdrop(isolated.config.channelName)
    opened.length = 0
    await isolated.session.applyAuthResponse(signInBody())

    // A control tab on its own channel answers the same question: once it has, the isolated
    // client would have too.
    const control = makeClient({ storage: 'memory', crossTab: { channelName: 'ibex:control' } })
    await control.session.applyAuthResponse(signInBody())
    const controlSpy = eavesdrop('ibex:control')
    spy.askForTheSession()
    controlSpy.askForTheSession()
    await vi.waitFor(() =>
      expect(controlSpy.heard).toContainEqual(expect.objectContaining({ type: 'session' })),
    )

    expect(opened.filter((name) => name.startsWith(isolated.config.channelName))).toEqual([])
    expect(spy.heard).toEqual([])
    await isolated.signOut()
    expect(spy.heard).toEqual([])
    spy.close()
    controlSpy.close()
  })
})
