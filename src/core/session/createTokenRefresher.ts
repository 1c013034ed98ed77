import { IbexHttpError } from '../errors/IbexHttpError.ts'
import { IbexSessionError } from '../errors/IbexSessionError.ts'
import type { IbexSessionRecord } from './IbexSessionRecord.ts'
import type { TabLock } from '../tabs/TabLock.ts'
import type { SessionStore } from './createSessionStore.ts'
import { refreshDueAt } from './refreshDueAt.ts'
import type { SessionTabSync } from './syncSessionAcrossTabs.ts'

/** What the refresher needs from the client. */
export type TokenRefresherDependencies = {
  store: SessionStore
  /** Serialises refreshes across tabs. */
  lock: TabLock
  /** Absent when cross-tab coordination is off. */
  tabs?: SessionTabSync | undefined
  /** Exchanges a refresh token for a new pair and applies it (persist, announce); resolves to the new record. */
  exchange(refreshToken: string, previous: IbexSessionRecord): Promise<IbexSessionRecord>
  /** Signs out this tab and every other one. */
  signOut(): Promise<void>
  now(): number
  refreshLeewayMs: number
  /** How long to wait for another tab to offer a newer pair before refreshing. */
  peerWaitMs: number
}

/** Token access for authenticated calls. */
export type TokenRefresher = {
  /** Refreshes now (one refresh however many callers, across tabs); resolves to the new record. */
  refresh(): Promise<IbexSessionRecord>
  /** A valid access token: refreshed first when expired or about to expire. */
  getAccessToken(): Promise<string>
  /** After a 401 with `rejected`: a newer token if another caller already got one, else a refresh. */
  tokenAfterUnauthorized(rejected: string): Promise<string>
}

/**
 * Creates the refresh machinery (docs/protocol.md, docs/architecture.md). A refresh token is single use,
 * so: concurrent callers share one refresh (single flight); tabs take turns through `lock`; and
 * inside the lock the pair is re-read from memory, storage and the other tabs first, adopting a
 * newer pair instead of spending a token another tab already spent. A 401 or 403 on the refresh
 * signs every tab out and throws `IbexSessionError('session/refresh-rejected')`.
 *
 * @example
 * const refresher = createTokenRefresher({ store, lock, tabs, exchange, signOut, now: Date.now,
 *   refreshLeewayMs: 300_000, peerWaitMs: 50 })
 * const token = await refresher.getAccessToken()
 */
export function createTokenRefresher(deps: TokenRefresherDependencies): TokenRefresher {
  const { store, now } = deps
  let inflight: Promise<IbexSessionRecord> | null = null

  function signedOut(): IbexSessionError {
    return new IbexSessionError({
      code: 'session/signed-out',
      message: 'No IBEx session: sign the user in first.',
    })
  }

  async function refreshInLock(started: IbexSessionRecord): Promise<IbexSessionRecord> {
    const isNewer = (candidate: IbexSessionRecord | null): candidate is IbexSessionRecord =>
      candidate !== null &&
      candidate.refreshToken !== started.refreshToken &&
      candidate.issuedAt >= started.issuedAt

    let current = store.getRecord()
    if (!current) throw signedOut()
    // Another caller or tab refreshed while we waited for the lock.
    if (isNewer(current)) return current
    const stored = await store.readStored()
    if (isNewer(stored)) {
      await store.setRecord(stored)
      return stored
    }
    if (deps.tabs && (await deps.tabs.askPeers(deps.peerWaitMs))) {
      current = store.getRecord()
      if (isNewer(current)) return current
    }
    current = store.getRecord()
    if (!current) throw signedOut()
    try {
      return await deps.exchange(current.refreshToken, current)
    } catch (error) {
      if (error instanceof IbexHttpError && (error.status === 401 || error.status === 403)) {
        await deps.signOut()
        throw new IbexSessionError({
          code: 'session/refresh-rejected',
          message:
            'IBEx refused the refresh token (expired, or already used): the user was signed out in every tab.',
          cause: error,
        })
      }
      throw error
    }
  }

  function refresh(): Promise<IbexSessionRecord> {
    inflight ??= (async () => {
      await store.whenReady()
      const started = store.getRecord()
      if (!started) throw signedOut()
      if (started.refreshExpiresAt !== undefined && started.refreshExpiresAt <= now()) {
        await deps.signOut()
        throw new IbexSessionError({
          code: 'session/signed-out',
          message: 'The IBEx session expired (refresh token older than 24 h): sign in again.',
        })
      }
      return deps.lock.run(() => refreshInLock(started))
    })().finally(() => {
      inflight = null
    })
    return inflight
  }

  return {
    refresh,
    async getAccessToken() {
      await store.whenReady()
      const record = store.getRecord()
      if (!record) throw signedOut()
      if (now() < refreshDueAt(record, deps.refreshLeewayMs)) return record.accessToken
      return (await refresh()).accessToken
    },
    async tokenAfterUnauthorized(rejected) {
      const record = store.getRecord()
      if (!record) throw signedOut()
      if (record.accessToken !== rejected) return record.accessToken
      return (await refresh()).accessToken
    },
  }
}
