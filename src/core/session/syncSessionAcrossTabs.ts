import * as v from 'valibot'
import { sessionRecordSchema } from '../schemas/sessionRecordSchema.ts'
import type { IbexSessionRecord } from '../schemas/sessionRecordSchema.ts'
import { unrefTimer } from '../http/unrefTimer.ts'
import type { TabChannel } from '../tabs/createTabChannel.ts'
import type { SessionStore } from './createSessionStore.ts'

const sessionMessageSchema = v.variant('type', [
  v.object({ type: v.literal('session'), record: sessionRecordSchema }),
  v.object({ type: v.literal('signed-out') }),
  v.object({ type: v.literal('query'), issuedAt: v.number() }),
])
type SessionMessage = v.InferOutput<typeof sessionMessageSchema>

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
    const parsed = v.safeParse(sessionMessageSchema, raw)
    if (!parsed.success) return
    const message = parsed.output
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
