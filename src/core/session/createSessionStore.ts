import type { IbexSessionRecord } from './IbexSessionRecord.ts'
import { readSessionRecord } from './readSessionRecord.ts'
import type { IbexStorageAdapter } from '../storage/IbexStorageAdapter.ts'
import type { IbexSessionSnapshot, IbexSessionTokens } from './IbexSessionSnapshot.ts'

/** The store plus what the client's refresh and tab-sync machinery need (not public). */
export type SessionStore = {
  subscribe(listener: () => void): () => void
  getSnapshot(): IbexSessionSnapshot
  getServerSnapshot(): IbexSessionSnapshot
  getTokens(): IbexSessionTokens | null
  whenReady(): Promise<void>
  getRecord(): IbexSessionRecord | null
  /** Replaces the session and persists it (or removes it for `null`); resolves once written. */
  setRecord(record: IbexSessionRecord | null): Promise<void>
  /** What storage holds now: another tab sharing it may have written a newer pair. */
  readStored(): Promise<IbexSessionRecord | null>
}

const LOADING: IbexSessionSnapshot = { status: 'loading', user: null, expiresAt: null }
const SIGNED_OUT: IbexSessionSnapshot = { status: 'signed-out', user: null, expiresAt: null }

/**
 * Creates the session store over a storage adapter and hydrates it: synchronously when the
 * adapter answers synchronously (no `loading` flash), else `loading` until it answers. A stored
 * value that fails validation, or whose refresh token has expired, is dropped.
 *
 * @example
 * const store = createSessionStore({ storage: resolveStorage('localStorage'), key, now: Date.now })
 */
export function createSessionStore(options: {
  storage: IbexStorageAdapter
  key: string
  now: () => number
  /**
   * A session known before any storage is read (a server read it from the proxy's cookie): the
   * store starts settled with it, and the server snapshot is that state instead of `loading`, so
   * server HTML and the hydrating render agree.
   */
  initial?: { record: IbexSessionRecord | null } | undefined
}): SessionStore {
  const { storage, key, now } = options
  const listeners = new Set<() => void>()
  let record: IbexSessionRecord | null = null
  let snapshot: IbexSessionSnapshot = LOADING
  let settled = false
  let writes: Promise<void> = Promise.resolve()

  function parseStored(raw: unknown): IbexSessionRecord | null {
    if (typeof raw !== 'string' || raw === '') return null
    try {
      const record = readSessionRecord(JSON.parse(raw))
      if (!record) return null
      const { refreshExpiresAt } = record
      return refreshExpiresAt !== undefined && refreshExpiresAt <= now() ? null : record
    } catch {
      return null
    }
  }

  function publish() {
    const next: IbexSessionSnapshot = !settled
      ? LOADING
      : record
        ? {
            status: 'signed-in',
            // Same user object while nothing in it changed, so memoised UI does not re-render.
            user:
              snapshot.user && JSON.stringify(snapshot.user) === JSON.stringify(record.user)
                ? snapshot.user
                : record.user,
            expiresAt: record.expiresAt,
          }
        : SIGNED_OUT
    if (
      next.status !== snapshot.status ||
      next.user !== snapshot.user ||
      next.expiresAt !== snapshot.expiresAt
    ) {
      snapshot = next
    }
    // Listeners hear every change, tokens included (the refresh timer needs them); React
    // compares snapshots and skips the render when only the tokens moved.
    for (const listener of [...listeners]) listener()
  }

  function persist(next: IbexSessionRecord | null): Promise<void> {
    // Chained so that a slow async adapter cannot apply an older write after a newer one.
    writes = writes
      .then(() => (next ? storage.setItem(key, JSON.stringify(next)) : storage.removeItem(key)))
      .catch(() => {
        // Persistence is best effort: the session keeps working in memory for this tab.
      })
    return writes
  }

  function hydrate(raw: unknown) {
    if (settled) return // a sign-in or a message from another tab got here first
    record = parseStored(raw)
    settled = true
    if (!record && raw != null) void persist(null)
    publish()
  }

  let ready: Promise<void>
  if (options.initial) {
    record = options.initial.record
    settled = true
    publish()
    ready = Promise.resolve()
  } else {
    ready = hydrateFromStorage()
  }
  const serverSnapshot = options.initial ? snapshot : LOADING

  function hydrateFromStorage(): Promise<void> {
    try {
      const raw = storage.getItem(key)
      if (typeof raw === 'object' && raw !== null) {
        // Any thenable, not only native promises: custom adapters may bring their own.
        return Promise.resolve(raw).then(hydrate, () => hydrate(null))
      }
      hydrate(raw)
    } catch {
      hydrate(null)
    }
    return Promise.resolve()
  }

  return {
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => serverSnapshot,
    getTokens: () =>
      record
        ? {
            accessToken: record.accessToken,
            refreshToken: record.refreshToken,
            expiresAt: record.expiresAt,
          }
        : null,
    whenReady: () => ready,
    getRecord: () => record,
    setRecord(next) {
      settled = true
      record = next
      publish()
      return persist(next)
    },
    async readStored() {
      await writes
      try {
        return parseStored(await storage.getItem(key))
      } catch {
        return null
      }
    },
  }
}
