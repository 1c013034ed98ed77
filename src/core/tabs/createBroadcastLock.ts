import * as v from 'valibot'
import { sleep } from '../http/sleep.ts'
import { unrefTimer } from '../http/unrefTimer.ts'
import { createLocalMutex } from './createLocalMutex.ts'
import { createTabChannel } from './createTabChannel.ts'
import type { TabLock } from './TabLock.ts'

/** Event-loop turns after the window: a request in, its answer out, the answer in. */
const SETTLE_TURNS = 3

const lockMessageSchema = v.object({
  type: v.picklist(['request', 'waiting', 'held', 'released']),
  id: v.string(),
  at: v.number(),
})
type LockMessage = v.InferOutput<typeof lockMessageSchema>

/** Timing of {@link createBroadcastLock}. */
export type BroadcastLockOptions = {
  /** How long a new request listens for other contenders before it may take the lock. */
  windowMs?: number | undefined
  /** Contenders repeat their state this often; one silent for 3 beats is presumed closed. */
  heartbeatMs?: number | undefined
}

/**
 * A tab lock over `BroadcastChannel`, for browsers without Web Locks (and Node, jsdom).
 * A contender announces a request, listens for `windowMs`, and takes the lock once no other tab
 * holds it and no earlier request (by time, then id) is pending. Contenders answer each new
 * request with their state and repeat it every heartbeat, so a tab that closed while holding the
 * lock stops blocking the others after three missed beats.
 *
 * @example
 * const lock = createBroadcastLock('ibex:refresh:localhost')
 * await lock.run(() => refresh())
 */
export function createBroadcastLock(name: string, options: BroadcastLockOptions = {}): TabLock {
  const windowMs = options.windowMs ?? 40
  const heartbeatMs = options.heartbeatMs ?? 1000
  const id = randomId()
  const channel = createTabChannel<LockMessage>(`ibex-lock:${name}`)
  const peers = new Map<string, { holding: boolean; at: number; seen: number }>()
  const wakers = new Set<() => void>()
  const exclusive = createLocalMutex()
  let mine: { at: number; holding: boolean } | null = null
  let heartbeat: ReturnType<typeof setInterval> | undefined
  let closed = false

  const send = (type: LockMessage['type']) => {
    if (mine) channel.post({ type, id, at: mine.at })
  }
  const wake = () => {
    for (const waker of [...wakers]) waker()
  }

  channel.subscribe((raw) => {
    const parsed = v.safeParse(lockMessageSchema, raw)
    if (!parsed.success || parsed.output.id === id) return
    const message = parsed.output
    if (message.type === 'released') peers.delete(message.id)
    else
      peers.set(message.id, { holding: message.type === 'held', at: message.at, seen: Date.now() })
    // A newcomer only learns about contenders that answer its request.
    if (message.type === 'request' && mine) send(mine.holding ? 'held' : 'waiting')
    wake()
  })

  async function settle(signal?: AbortSignal) {
    for (let turn = 0; turn < SETTLE_TURNS; turn++) await sleep(0, signal)
  }

  function canTake(): boolean {
    if (closed || !mine) return true
    const staleBefore = Date.now() - heartbeatMs * 3
    for (const [peerId, peer] of peers) {
      if (peer.seen < staleBefore) {
        peers.delete(peerId)
        continue
      }
      if (peer.holding) return false
      if (peer.at < mine.at || (peer.at === mine.at && peerId < id)) return false
    }
    return true
  }

  function nextChange(signal: AbortSignal | undefined): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        wakers.delete(done)
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }
      const onAbort = () => {
        wakers.delete(done)
        reject(signal?.reason)
      }
      if (signal?.aborted) return onAbort()
      wakers.add(done)
      signal?.addEventListener('abort', onAbort, { once: true })
    })
  }

  async function acquire(signal: AbortSignal | undefined) {
    mine = { at: Date.now(), holding: false }
    send('request')
    heartbeat = unrefTimer(
      setInterval(() => {
        send(mine?.holding ? 'held' : 'waiting')
        // Re-check, so a silent (closed) holder is eventually dropped; after the messages that
        // queued up while the thread was stalled, so a live holder is not taken for a silent one.
        void settle().then(wake, () => undefined)
      }, heartbeatMs),
    )
    try {
      await sleep(windowMs, signal)
      // The window is wall time, but a stalled thread (a loaded machine, a long task) fires
      // its timer before delivering the messages that arrived meanwhile: the other contenders'
      // requests, and their answers to ours (which they post only once they read it). A few
      // more turns of the event loop let both arrive before deciding.
      await settle(signal)
      while (!canTake()) await nextChange(signal)
      mine.holding = true
      send('held')
    } catch (error) {
      release()
      throw error
    }
  }

  function release() {
    clearInterval(heartbeat)
    send('released')
    mine = null
  }

  return {
    kind: 'broadcast',
    run: (fn, runOptions) =>
      exclusive(async () => {
        await acquire(runOptions?.signal)
        try {
          return await fn()
        } finally {
          release()
        }
      }),
    close() {
      if (mine) release()
      closed = true
      wake()
      channel.close()
    },
  }
}

function randomId(): string {
  const bytes = new Uint8Array(8)
  globalThis.crypto.getRandomValues(bytes)
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
