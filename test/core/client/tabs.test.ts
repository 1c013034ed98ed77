import { describe, expect, test, vi } from 'vitest'
import { IbexSessionError } from '../../../src/core/errors/IbexSessionError.ts'
import { createMemoryStorage } from '../../../src/core/storage/createMemoryStorage.ts'
import { createBroadcastLock } from '../../../src/core/tabs/createBroadcastLock.ts'
import { createTabLock } from '../../../src/core/tabs/createTabLock.ts'
import {
  createTokenAuthority,
  uniqueChannel,
  clientsForEachTest,
  startMswServer,
} from './fakeIbex.ts'

const server = startMswServer()
const makeClient = clientsForEachTest()

/** Two clients that behave like two tabs of one browser: one storage, one channel. */
function twoTabs(storage = createMemoryStorage()) {
  const crossTab = { channelName: uniqueChannel() }
  return [makeClient({ storage, crossTab }), makeClient({ storage, crossTab })] as const
}

describe('two tabs', () => {
  test('expired token in both tabs, calls in both: exactly 1 refresh, both end with the new pair', async () => {
    const authority = createTokenAuthority({ refreshDelayMs: 20 })
    server.use(...authority.handlers)
    const storage = createMemoryStorage()
    const [tabA] = twoTabs(storage)
    await tabA.session.applyAuthResponse(authority.issue('user-1', -60))
    // The second tab opens now and hydrates the expired pair from the shared storage.
    const tabB = makeClient({ storage, crossTab: { channelName: tabA.config.channelName } })
    expect(tabB.session.getSnapshot().status).toBe('signed-in')

    const calls = [tabA, tabB].flatMap((tab) =>
      Array.from({ length: 5 }, () => tab.request({ path: '/v1.2/users/me' })),
    )
    await Promise.all(calls)
    expect(authority.state.refreshCalls).toBe(1)
    const fresh = authority.state.lastPair
    expect(tabA.session.getTokens()?.refreshToken).toBe(fresh?.refresh_token)
    expect(tabB.session.getTokens()?.refreshToken).toBe(fresh?.refresh_token)
    expect(JSON.parse(storage.getItem(tabA.config.storageKey) ?? '{}').refreshToken).toBe(
      fresh?.refresh_token,
    )
  })

  test('tabs with separate storage: a new pair reaches the other tab, and a stale tab asks its peers before refreshing', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const channelName = uniqueChannel()
    const tabA = makeClient({ crossTab: { channelName } })
    const tabB = makeClient({ crossTab: { channelName } })
    await tabA.session.applyAuthResponse(authority.issue('user-1', 3600))
    await vi.waitFor(() => expect(tabB.session.getSnapshot().status).toBe('signed-in'))

    // A third tab restored an old, already spent pair from its own sessionStorage-like store.
    const old = tabA.session.getTokens()!
    const spentRecord = JSON.stringify({
      v: 1,
      accessToken: old.accessToken,
      refreshToken: old.refreshToken,
      expiresAt: Date.now() - 1000,
      issuedAt: Date.now() - 3_600_000,
      user: tabA.session.getSnapshot().user,
    })
    await tabA.refresh()
    expect(authority.state.refreshCalls).toBe(1)
    await vi.waitFor(() =>
      expect(tabB.session.getTokens()?.refreshToken).toBe(authority.state.lastPair?.refresh_token),
    )
    const stale = createMemoryStorage()
    stale.setItem(tabA.config.storageKey, spentRecord)
    const tabC = makeClient({ storage: stale, crossTab: { channelName } })
    expect(tabC.session.getTokens()?.refreshToken).toBe(old.refreshToken)
    await tabC.request({ path: '/v1.2/users/me' })
    // Tab C adopted the pair tab A already had instead of replaying the spent refresh token.
    expect(authority.state.refreshCalls).toBe(1)
    expect(tabC.session.getTokens()?.refreshToken).toBe(authority.state.lastPair?.refresh_token)
  })

  test('a replayed refresh token (401 on refresh) signs out every tab', async () => {
    const authority = createTokenAuthority()
    server.use(...authority.handlers)
    const [tabA, tabB] = twoTabs()
    const pair = authority.issue('user-1', 3600)
    await tabA.session.applyAuthResponse(pair)
    await vi.waitFor(() => expect(tabB.session.getSnapshot().status).toBe('signed-in'))
    authority.spend(pair.refresh_token)
    const error = await tabA.refresh().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(IbexSessionError)
    expect(error).toMatchObject({ code: 'session/refresh-rejected' })
    expect(tabA.session.getSnapshot().status).toBe('signed-out')
    await vi.waitFor(() => expect(tabB.session.getSnapshot().status).toBe('signed-out'))
    expect(tabB.session.getTokens()).toBeNull()
    await expect(tabB.request({ path: '/v1.2/users/me' })).rejects.toMatchObject({
      code: 'session/signed-out',
    })
    expect(authority.state.refreshCalls).toBe(1)
  })

  test('sign-out in one tab reaches the others, including their own storage', async () => {
    const channelName = uniqueChannel()
    const storageB = createMemoryStorage()
    const tabA = makeClient({ crossTab: { channelName } })
    const tabB = makeClient({ storage: storageB, crossTab: { channelName } })
    const authority = createTokenAuthority()
    await tabA.session.applyAuthResponse(authority.issue())
    await vi.waitFor(() => expect(storageB.getItem(tabB.config.storageKey)).not.toBeNull())
    await tabA.signOut()
    await vi.waitFor(() => expect(tabB.session.getSnapshot().status).toBe('signed-out'))
    await vi.waitFor(() => expect(storageB.getItem(tabB.config.storageKey)).toBeNull())
  })

  test('crossTab: false keeps a client to itself', async () => {
    const channelName = uniqueChannel()
    const tabA = makeClient({ crossTab: { channelName } })
    const loner = makeClient({ crossTab: false })
    expect(loner.config.crossTab).toBe(false)
    await tabA.session.applyAuthResponse(createTokenAuthority().issue())
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(loner.session.getSnapshot().status).toBe('signed-out')
  })
})

describe('tab lock', () => {
  test('jsdom has no Web Locks, so the BroadcastChannel lock is used', () => {
    const lock = createTabLock(uniqueChannel())
    expect(lock.kind).toBe('broadcast')
    lock.close()
    expect(createTabLock('x', { scope: 'local' }).kind).toBe('local')
  })

  test('two instances never hold the lock at once', async () => {
    const name = uniqueChannel()
    const locks = [createBroadcastLock(name), createBroadcastLock(name), createBroadcastLock(name)]
    let inside = 0
    let overlap = false
    const order: number[] = []
    await Promise.all(
      locks.flatMap((lock, index) =>
        [0, 1].map(() =>
          lock.run(async () => {
            inside++
            if (inside > 1) overlap = true
            await new Promise((resolve) => setTimeout(resolve, 5))
            order.push(index)
            inside--
          }),
        ),
      ),
    )
    for (const lock of locks) lock.close()
    expect(overlap).toBe(false)
    expect(order.sort()).toEqual([0, 0, 1, 1, 2, 2])
  })

  test('two contenders whose windows end while the thread is stalled still take turns', async () => {
    // A loaded machine: both requests are posted, then the thread gets no time for longer than
    // the window, so both window timers are due before either request has been delivered.
    const name = uniqueChannel()
    const locks = [createBroadcastLock(name), createBroadcastLock(name)]
    let inside = 0
    let overlap = false
    const runs = locks.map((lock) =>
      lock.run(async () => {
        inside++
        if (inside > 1) overlap = true
        await new Promise((resolve) => setTimeout(resolve, 20))
        inside--
      }),
    )
    for (let i = 0; i < 5; i++) await Promise.resolve()
    const stalledUntil = Date.now() + 120
    while (Date.now() < stalledUntil) {
      // busy: no timer, no message runs
    }
    await Promise.all(runs)
    for (const lock of locks) lock.close()
    expect(overlap).toBe(false)
  })

  test('a holder that vanished without releasing stops blocking after three missed heartbeats', async () => {
    const name = uniqueChannel()
    const lock = createBroadcastLock(name, { heartbeatMs: 20, windowMs: 5 })
    const ghost = new BroadcastChannel(`ibex-lock:${name}`)
    ghost.postMessage({ type: 'held', id: '0', at: 0 })
    await new Promise((resolve) => setTimeout(resolve, 5))
    const started = Date.now()
    await lock.run(async () => undefined)
    // Dropped once silent for 3 × 20 ms (counted from its last message, a few ms before).
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    lock.close()
    ghost.close()
  })

  test('waiting for the lock can be aborted', async () => {
    const name = uniqueChannel()
    const holder = createBroadcastLock(name, { windowMs: 5 })
    const waiter = createBroadcastLock(name, { windowMs: 5 })
    let release!: () => void
    const held = holder.run(() => new Promise<void>((resolve) => (release = resolve)))
    await new Promise((resolve) => setTimeout(resolve, 20))
    const controller = new AbortController()
    const waiting = waiter.run(async () => 'ran', { signal: controller.signal })
    setTimeout(() => controller.abort(new Error('gave up')), 20)
    await expect(waiting).rejects.toThrow('gave up')
    release()
    await held
    await expect(waiter.run(async () => 'ran')).resolves.toBe('ran')
    holder.close()
    waiter.close()
  })
})
