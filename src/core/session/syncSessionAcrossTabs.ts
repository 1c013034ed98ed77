import type { IbexSessionRecord } from './IbexSessionRecord.ts'
import { isRecord } from '../parse/isRecord.ts'
import { readSessionRecord } from './readSessionRecord.ts'
import { unrefTimer } from '../http/unrefTimer.ts'
import type { TabChannel } from '../tabs/createTabChannel.ts'
import type { SessionStore } from './createSessionStore.ts'

type SessionMessage =
  | { type: 'session'; record: IbexSessionRecord }
  | { type: 'signed-out' }
  | { type: 'query'; issuedAt: number }

// Another tab's message, checked: tabs of other kit versions or other code share the channel.
function readSessionMessage(raw: unknown): SessionMessage | null {
  if (!isRecord(raw)) return null
  const message = raw
  if (message.type === 'signed-out') return { type: 'signed-out' }
  if (message.type === 'query' && typeof message.issuedAt === 'number') {
    return { type: 'query', issuedAt: message.issuedAt }
  }
  const record = message.type === 'session' ? readSessionRecord(message.record) : null
  return record ? { type: 'session', record } : null
}

/** The session side of cross-tab coordination. */
export type SessionTabSync = {
  /** Tells the other tabs about a new pair (after a sign-in or a refresh). */
  announce(record: IbexSessionRecord): void
  announceSignOut(): void
  /**
   * Asks the other tabs whether one holds a pair newer than ours, and waits up to `waitMs` for
   * an answer (adopted on arrival). Resolves `true` when the pair changed meanwhile.
   */
  askPeers(waitMs: number): Promise<boolean>
  stop(): void
}

/**
 * Keeps the sessions of several tabs in step over a {@link TabChannel}: a newer pair from another
 * tab is adopted (and persisted, since `sessionStorage` and memory are per tab), a sign-out
 * signs this tab out, and a tab about to refresh can ask the others for a newer pair first,
 * because a refresh token is single use.
 *
 * @example
 * const sync = syncSessionAcrossTabs(store, createTabChannel('ibex:localhost@…'))
 * sync.announce(record)
 */
export function syncSessionAcrossTabs(
  store: SessionStore,
  channel: TabChannel<SessionMessage>,
): SessionTabSync {
  const stop = channel.subscribe((raw) => {
    const message = readSessionMessage(raw)
    if (!message) return
    const current = store.getRecord()
    if (message.type === 'session') {
      const incoming = message.record
      if (
        !current ||
        (incoming.refreshToken !== current.refreshToken && incoming.issuedAt >= current.issuedAt)
      ) {
        void store.setRecord(incoming)
      }
    } else if (message.type === 'signed-out') {
      if (current) void store.setRecord(null)
    } else if (current && current.issuedAt > message.issuedAt) {
      channel.post({ type: 'session', record: current })
    }
  })

  return {
    announce: (record) => channel.post({ type: 'session', record }),
    announceSignOut: () => channel.post({ type: 'signed-out' }),
    askPeers(waitMs) {
      const before = store.getRecord()
      if (!channel.connected || !before) return Promise.resolve(false)
      return new Promise((resolve) => {
        const finish = () => {
          clearTimeout(timer)
          unsubscribe()
          resolve(store.getRecord() !== before)
        }
        const unsubscribe = store.subscribe(() => {
          if (store.getRecord() !== before) finish()
        })
        const timer = unrefTimer(setTimeout(finish, waitMs))
        channel.post({ type: 'query', issuedAt: before.issuedAt })
      })
    },
    stop() {
      stop()
      channel.close()
    },
  }
}
