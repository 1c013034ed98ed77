// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMockIbex } from '../../src/mock/createMockIbex.ts'
import {
  startMockIbexServer,
  type MockIbexServer,
} from '../../src/mock/node/startMockIbexServer.ts'
import { connectIbexMock } from '../../src/exports/testing.ts'

describe('connectIbexMock: the typed controls over HTTP', () => {
  let server: MockIbexServer

  beforeAll(async () => {
    server = await startMockIbexServer({
      port: 0,
      mock: createMockIbex({ devToken: 'shared-secret' }),
    })
  })
  afterAll(() => server.close())

  it('refuses without the dev token, then drives every control with it', async () => {
    await expect(connectIbexMock(server.url).reset()).rejects.toThrow('403')
    const ibex = connectIbexMock(server.url, { devToken: 'shared-secret' })

    // The code is read once the app has asked for it (it waits for the first one).
    const code = ibex.readEmailCode('ada@example.com', { timeoutMs: 10_000 })
    const begin = await fetch(
      `${server.url}/v1.2/auth/sign-up?wallet=email&email=ada@example.com&rpId=localhost`,
    )
    expect(begin.status).toBe(200)
    expect(await code).toMatch(/^\d{6}$/)
    await expect(ibex.readEmailCode('nobody@example.com', { timeoutMs: 100 })).rejects.toThrow(
      'No email code was sent to nobody@example.com',
    )

    const safe = '0x1111111111111111111111111111111111111111'
    expect(await ibex.fund(safe, '25', 'USD-IBEX')).toMatchObject({
      symbol: 'USD-IBEX',
      amount: '25',
      balance: '25',
    })
    await expect(ibex.setFaults({ latencyMs: -1 })).rejects.toThrow('latencyMs')
    expect(await ibex.setFaults({ failNextOperation: true })).toMatchObject({
      failNextOperation: true,
    })
    const before = server.mock.now()
    expect(await ibex.advanceTime(60_000)).toBeGreaterThanOrEqual(before + 60_000)
    // The pending sign-up's token is an access token already issued.
    expect((await ibex.expireSession('ada@example.com')).accessTokens).toBe(1)
    expect(await ibex.expireSession('all')).toEqual({ accessTokens: 0, refreshTokens: 0 })

    await ibex.reset()
    expect(server.mock.faults().failNextOperation).toBe(false)
    expect(server.mock.outbox('ada@example.com')).toBeUndefined()
  })
})
