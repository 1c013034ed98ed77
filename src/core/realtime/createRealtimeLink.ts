import * as v from 'valibot'
import type { IbexClient } from '../client/IbexClient.ts'
import { createTabChannel } from '../tabs/createTabChannel.ts'
import { createTabLock } from '../tabs/createTabLock.ts'
import {
  createRealtimeConnection,
  type RealtimeConnection,
  type RealtimeConnectionOptions,
  type RealtimeConnectionState,
} from './createRealtimeConnection.ts'
import type { IbexRealtimeSnapshot } from './IbexRealtimeClient.ts'
import type { IbexRealtimeEvent, IbexRealtimeEventType } from './IbexRealtimeEvent.ts'
import { parseRealtimeEvent } from './parseRealtimeEvent.ts'
import {
  realtimeRelayMessageSchema,
  type RealtimeRelayMessage,
  type RealtimeRequestMessage,
} from './realtimeRelayMessageSchema.ts'

/**
 * Prefix of the `requestId` of the kit's own refresh requests (`resync`, a tab joining): their
 * `balance_data` / `transaction_data` answers, with default parameters, are meant for every
 * tab's cache.
 */
export const REALTIME_SYNC_REQUEST_PREFIX = 'sync:'

/** The requests of a resync. */
export type RealtimeSyncType = 'get_balance' | 'get_transactions'

/** Connection-level events a joining tab gets replayed (balances and transactions are re-asked). */
const REPLAYED: readonly IbexRealtimeEventType[] = [
  'auth_success',
  'chainid_data',
  'recovery_data',
  'user_data',
]

/** Options of {@link createRealtimeLink}. */
export type RealtimeLinkOptions = {
  client: IbexClient
  externalUserId: string
  /** This tab's random id. */
  tabId: string
  crossTab: boolean
  connection: Pick<
    RealtimeConnectionOptions,
    'url' | 'WebSocket' | 'clientName' | 'backoff' | 'random' | 'duplicateRetries'
  >
  onSnapshot(snapshot: IbexRealtimeSnapshot): void
  onEvent(event: IbexRealtimeEvent): void
  /** IBEx answered a request of some tab with an `error` event. */
  onRequestFailed(requestId: string, error: { code: string; message: string }): void
  /** This tab's requests still waiting for an answer (re-sent to a new leader). */
  pendingRequests(): Iterable<RealtimeRequestMessage>
}

/** One signed-in user's share of the realtime socket, in one tab. */
export type RealtimeLink = {
  /** Sends a request through whichever tab holds the socket. */
  send(message: RealtimeRequestMessage): void
  reconnect(): void
  /** Has the leader ask for fresh default balances and/or transactions, answered to every tab. */
  resync(types: readonly RealtimeSyncType[]): void
  /** Leaves: closes the socket if this tab holds it (the next tab in line takes over). */
  stop(): void
}

type Inflight = { message: RealtimeRequestMessage; kind: 'balance' | 'transactions' }

/**
 * Joins the election of the tabs of one user (rpId + base URL + externalUserId) for the socket,
 * with a tab lock held for as long as this tab leads (Web Locks, else the BroadcastChannel
 * lock). The leader opens the connection, relays its state and every event to the other tabs,
 * and sends their requests; a follower mirrors the leader. When the leader stops (sign-out,
 * unmount, tab closed) its lock is released and the next waiting tab connects, so no two tabs
 * of a user ever hold a socket at once.
 *
 * @example
 * const link = createRealtimeLink({ client, externalUserId, tabId, crossTab: true, connection, … })
 * link.stop()
 */
export function createRealtimeLink(options: RealtimeLinkOptions): RealtimeLink {
  const { client, tabId } = options
  const name = `${client.config.channelName}:realtime:${options.externalUserId}`
  const channel = options.crossTab ? createTabChannel<RealtimeRelayMessage>(name) : undefined
  const lock = createTabLock(name, { scope: options.crossTab ? 'tabs' : 'local' })
  const abort = new AbortController()
  let stopped = false
  let connection: RealtimeConnection | null = null
  let leaderId: string | null = null
  let state: RealtimeConnectionState = {
    status: 'connecting',
    safeAddress: null,
    lastClose: null,
    lastError: null,
    maintenance: null,
  }
  const remembered = new Map<IbexRealtimeEventType, IbexRealtimeEvent>()
  const outbox = new Map<string, RealtimeRequestMessage>()
  let inflight: Inflight[] = []
  let syncCount = 0

  function publish(role: IbexRealtimeSnapshot['role'], next: RealtimeConnectionState) {
    state = next
    if (!stopped) options.onSnapshot({ role, ...next })
  }

  function flush() {
    if (!connection?.isOpen()) return
    for (const [requestId, message] of [...outbox]) {
      if (!connection.send(message)) return
      outbox.delete(requestId)
      inflight.push({
        message,
        kind: message.type === 'get_balance' ? 'balance' : 'transactions',
      })
    }
  }

  function failOldest(kind: Inflight['kind'], error: { code: string; message: string }) {
    // IBEx's `error` events carry no requestId; it answers in order, so it is the oldest one.
    const index = inflight.findIndex((entry) => entry.kind === kind)
    const entry = inflight[index]
    if (!entry) return
    inflight.splice(index, 1)
    options.onRequestFailed(entry.message.requestId, error)
    channel?.post({
      kind: 'request-failed',
      from: tabId,
      requestId: entry.message.requestId,
      error,
    })
  }

  function leaderReceived(event: IbexRealtimeEvent) {
    if (stopped) return
    if (REPLAYED.includes(event.type)) remembered.set(event.type, event)
    if (event.type === 'connection_success') remembered.set('auth_success', event)
    if (event.type === 'balance_data' || event.type === 'transaction_data') {
      const { requestId } = event.data
      inflight = inflight.filter((entry) => entry.message.requestId !== requestId)
    } else if (event.type === 'error') {
      const context = event.data.context
      if (context === 'balance' || context === 'transactions') {
        failOldest(context, {
          code: event.data.error_code ?? 'ERROR',
          message: event.data.message ?? 'IBEx could not answer the request.',
        })
      }
    }
    options.onEvent(event)
    channel?.post({ kind: 'event', from: tabId, event })
  }

  function leaderState(next: RealtimeConnectionState) {
    // Leaving: the followers hear `resign` instead of a `closed` that is not theirs.
    if (stopped) return
    if (next.status !== 'open' && next.status !== 'maintenance' && inflight.length > 0) {
      // The socket went away with requests unanswered: ask again on the next one.
      for (const entry of inflight) outbox.set(entry.message.requestId, entry.message)
      inflight = []
    }
    publish('leader', next)
    channel?.post({ kind: 'status', from: tabId, state: next })
  }

  async function lead() {
    if (abort.signal.aborted) return
    leaderId = tabId
    connection = createRealtimeConnection({
      ...options.connection,
      client,
      onEvent: leaderReceived,
      onState: leaderState,
      onOpen: flush,
    })
    for (const message of options.pendingRequests()) outbox.set(message.requestId, message)
    flush()
    // Hold the lock (stay leader) until this tab leaves.
    await new Promise<void>((resolve) => {
      if (abort.signal.aborted) resolve()
      else abort.signal.addEventListener('abort', () => resolve(), { once: true })
    })
  }

  function resync(types: readonly RealtimeSyncType[]) {
    if (!connection) {
      channel?.post({ kind: 'resync', from: tabId, types: [...types] })
      return
    }
    for (const type of new Set(types)) {
      const requestId = `${REALTIME_SYNC_REQUEST_PREFIX}${tabId}:${++syncCount}`
      outbox.set(requestId, { type, requestId })
    }
    flush()
  }

  function follow(from: string, next: RealtimeConnectionState) {
    if (leaderId !== from) {
      leaderId = from
      // A new leader knows nothing of this tab's requests: hand them over again.
      for (const message of options.pendingRequests()) {
        channel?.post({ kind: 'request', from: tabId, message })
      }
    }
    publish('follower', next)
  }

  function onMessage(raw: unknown) {
    const parsed = v.safeParse(realtimeRelayMessageSchema, raw)
    if (!parsed.success || parsed.output.from === tabId || stopped) return
    const message = parsed.output
    switch (message.kind) {
      case 'hello':
        if (!connection) return
        channel?.post({
          kind: 'replay',
          from: tabId,
          to: message.from,
          state,
          events: [...remembered.values()],
        })
        // Fresh balances and transactions for the newcomer's cache (every tab gets them).
        if (connection.isOpen()) resync(['get_balance', 'get_transactions'])
        return
      case 'status':
        if (!connection) follow(message.from, message.state)
        return
      case 'replay':
        if (connection || message.to !== tabId) return
        follow(message.from, message.state)
        for (const raw of message.events) {
          const event = parseRealtimeEvent(raw)
          if (event) options.onEvent(event)
        }
        return
      case 'event': {
        if (connection) return
        const event = parseRealtimeEvent(message.event)
        if (event) options.onEvent(event)
        return
      }
      case 'request':
        if (!connection) return
        outbox.set(message.message.requestId, message.message)
        flush()
        return
      case 'request-failed':
        options.onRequestFailed(message.requestId, message.error)
        return
      case 'reconnect':
        connection?.reconnect()
        return
      case 'resync':
        if (connection) resync(message.types)
        return
      case 'resign':
        if (connection || message.from !== leaderId) return
        leaderId = null
        // The next tab in line is about to take over.
        publish('follower', { ...state, status: 'reconnecting' })
    }
  }

  publish(null, state)
  channel?.subscribe(onMessage)
  channel?.post({ kind: 'hello', from: tabId })
  lock.run(lead, { signal: abort.signal }).catch(() => {
    // Aborted while waiting for the lock: this tab left before it led.
  })

  return {
    send(message) {
      if (stopped) return
      if (connection) {
        outbox.set(message.requestId, message)
        flush()
      } else {
        // Without a leader yet, `lead()` or `follow()` sends it from pendingRequests().
        channel?.post({ kind: 'request', from: tabId, message })
      }
    },
    reconnect() {
      if (connection) connection.reconnect()
      else channel?.post({ kind: 'reconnect', from: tabId })
    },
    resync(types) {
      if (!stopped) resync(types)
    },
    stop() {
      if (stopped) return
      stopped = true
      abort.abort()
      if (connection) {
        connection.close()
        connection = null
        channel?.post({ kind: 'resign', from: tabId })
      }
      channel?.close()
      lock.close()
    },
  }
}
