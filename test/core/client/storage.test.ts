import { describe, expect, test, vi } from 'vitest'
import type { IbexSessionSnapshot } from '../../../src/core/session/IbexSessionSnapshot.ts'
import type { IbexStorageAdapter } from '../../../src/core/storage/IbexStorageAdapter.ts'
import { fakeJwt, signInBody, clientsForEachTest, startMswServer } from './fakeIbex.ts'

startMswServer()
const makeClient = clientsForEachTest()

/** An adapter that answers asynchronously, like IndexedDB or React Native AsyncStorage. */
function asyncStorage(initial: Record<string, string> = {}, latencyMs = 10) {
  const values = new Map(Object.entries(initial))
  const later = <T>(value: () => T) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value()), latencyMs))
  const adapter: IbexStorageAdapter = {
    getItem: (key) => later(() => values.get(key) ?? null),
    setItem: (key, value) => later(() => void values.set(key, value)),
    removeItem: (key) => later(() => void values.delete(key)),
  }
  return { adapter, values }
}

describe('storage adapters', () => {
  test('memory (default): nothing survives a new client', async () => {
    const client = makeClient({ crossTab: false })
    await client.session.applyAuthResponse(signInBody())
    expect(localStorage.length).toBe(1) // only the last user, never the session
    expect(localStorage.getItem(client.config.storageKey)).toBeNull()
    expect(makeClient({ crossTab: false }).session.getSnapshot().status).toBe('signed-out')
  })

  test.each(['localStorage', 'sessionStorage'] as const)(
    '%s: persisted under a namespaced key, hydrated synchronously by the next client',
    async (kind) => {
      const client = makeClient({ storage: kind, crossTab: false })
      const body = signInBody()
      await client.session.applyAuthResponse(body)
      expect(client.config.storageKey).toBe('ibex:session:app.example.com@https://ibex.test')
      const stored = JSON.parse(globalThis[kind].getItem(client.config.storageKey) ?? 'null')
      expect(stored).toMatchObject({
        v: 1,
        refreshToken: body.refresh_token,
        user: { externalUserId: 'user-1' },
      })
      const other = kind === 'localStorage' ? sessionStorage : localStorage
      expect(other.getItem(client.config.storageKey)).toBeNull()

      const next = makeClient({ storage: kind, crossTab: false })
      expect(next.session.getSnapshot()).toEqual(client.session.getSnapshot())
      expect(next.session.getTokens()?.accessToken).toBe(body.access_token)
      // Another rpId does not see it.
      expect(
        makeClient({ storage: kind, crossTab: false, rpId: 'other.example' }).session.getSnapshot()
          .status,
      ).toBe('signed-out')
      await next.signOut()
      expect(globalThis[kind].getItem(client.config.storageKey)).toBeNull()
    },
  )

  test('an async custom adapter: loading until it answers, then signed in', async () => {
    const writer = makeClient({ crossTab: false })
    await writer.session.applyAuthResponse(signInBody())
    const record = JSON.stringify({
      v: 1,
      accessToken: writer.session.getTokens()!.accessToken,
      refreshToken: writer.session.getTokens()!.refreshToken,
      expiresAt: writer.session.getTokens()!.expiresAt,
      issuedAt: Date.now(),
      user: writer.session.getSnapshot().user,
    })
    const { adapter, values } = asyncStorage({
      'ibex:session:app.example.com@https://ibex.test': record,
    })
    const changes: IbexSessionSnapshot['status'][] = []
    const client = makeClient({
      storage: adapter,
      crossTab: false,
      onSessionChange: (snapshot) => changes.push(snapshot.status),
    })
    expect(client.session.getSnapshot().status).toBe('loading')
    // A token asked for while loading waits for the storage.
    await expect(client.getAccessToken()).resolves.toBe(writer.session.getTokens()!.accessToken)
    expect(client.session.getSnapshot().status).toBe('signed-in')
    expect(changes).toEqual(['signed-in'])

    await client.signOut()
    expect(values.has(client.config.storageKey)).toBe(false)
    await client.session.applyAuthResponse(signInBody({ sub: 'user-2' }))
    expect(JSON.parse(values.get(client.config.storageKey)!).user.externalUserId).toBe('user-2')
  })

  test('an async adapter with nothing stored settles to signed-out', async () => {
    const client = makeClient({ storage: asyncStorage().adapter, crossTab: false })
    expect(client.session.getSnapshot().status).toBe('loading')
    await client.session.whenReady()
    expect(client.session.getSnapshot().status).toBe('signed-out')
  })

  test('a stored value that is not a valid session, or whose refresh token expired, is dropped', async () => {
    const key = 'ibex:session:app.example.com@https://ibex.test'
    localStorage.setItem(key, '{"v":1,"accessToken":"x"}')
    expect(
      makeClient({ storage: 'localStorage', crossTab: false }).session.getSnapshot().status,
    ).toBe('signed-out')
    await vi.waitFor(() => expect(localStorage.getItem(key)).toBeNull())

    const past = Math.floor(Date.now() / 1000) - 10
    localStorage.setItem(
      key,
      JSON.stringify({
        v: 1,
        accessToken: fakeJwt({ sub: 'u', exp: past }),
        refreshToken: fakeJwt({ sub: 'u', exp: past }),
        expiresAt: past * 1000,
        issuedAt: past * 1000 - 3_600_000,
        refreshExpiresAt: past * 1000,
        user: {
          externalUserId: 'u',
          authMethod: 'PASSKEY',
          safeAddresses: {},
          chainId: 421614,
          hasPasskey: true,
          prfCapable: false,
        },
      }),
    )
    expect(
      makeClient({ storage: 'localStorage', crossTab: false }).session.getSnapshot().status,
    ).toBe('signed-out')
  })

  test('a storage that throws does not break the client', async () => {
    const broken: IbexStorageAdapter = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => Promise.reject(new Error('quota')),
      removeItem: () => undefined,
    }
    const client = makeClient({ storage: broken, crossTab: false })
    expect(client.session.getSnapshot().status).toBe('signed-out')
    await client.session.applyAuthResponse(signInBody())
    expect(client.session.getSnapshot().status).toBe('signed-in')
  })
})
