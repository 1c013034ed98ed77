import type { IbexClient } from '../client/IbexClient.ts'
import { unrefTimer } from '../http/unrefTimer.ts'
import { operationStatusSources } from '../operations/operationStatusSources.ts'
import { bytesToBase64url } from '../utils/base64.ts'
import { closedRealtimeSnapshot } from './closedRealtimeSnapshot.ts'
import { createRealtimeLink, type RealtimeLink } from './createRealtimeLink.ts'
import type {
  CreateRealtimeClientOptions,
  IbexRealtimeClient,
  IbexRealtimeRequest,
  IbexRealtimeSnapshot,
} from './IbexRealtimeClient.ts'
import { IbexRealtimeError } from './IbexRealtimeError.ts'
import type { IbexRealtimeEvent, IbexRealtimeEventType } from './IbexRealtimeEvent.ts'
import type { RealtimeRequestMessage } from './realtimeRelayMessageSchema.ts'
import { realtimeOperationStatusSource } from './realtimeOperationStatusSource.ts'
import { realtimeUrl } from './realtimeUrl.ts'

type Pending = {
  message: RealtimeRequestMessage
  resolve(data: unknown): void
  reject(error: IbexRealtimeError): void
}

type Listener = { type: string | undefined; listener: (event: IbexRealtimeEvent) => void }

function sameSnapshot(a: IbexRealtimeSnapshot, b: IbexRealtimeSnapshot): boolean {
  return (Object.keys(a) as (keyof IbexRealtimeSnapshot)[]).every(
    (key) => JSON.stringify(a[key]) === JSON.stringify(b[key]),
  )
}

/**
 * Creates the realtime client of an IBEx client (docs/protocol.md, docs/architecture.md): once started,
 * it follows the session, and while a user is signed in exactly one tab of that user holds
 * IBEx's WebSocket (a tab lock per rpId, base URL and user: Web Locks, else the BroadcastChannel
 * lock) and relays every event and its state to the other tabs, which send their requests
 * through it. When the leader tab closes, signs out or stops, the next tab takes over. Signing
 * out closes the socket. Framework-free; nothing runs until `start()`, so it is safe to create on
 * a server (where it stays `closed`).
 *
 * @example
 * import { createIbexClient, createRealtimeClient } from 'ibex-react/core'
 *
 * const client = createIbexClient({ baseUrl: 'https://passkeys-testnet.ibex.fi', storage: 'localStorage' })
 * const realtime = createRealtimeClient(client, { clientName: 'My App' })
 * realtime.start()
 * realtime.subscribe(() => console.log(realtime.getSnapshot().status)) // connecting → open
 * realtime.on('balance_update', ({ data }) => console.log(data.address, data.balance))
 * const balances = await realtime.request({ type: 'get_balance' })
 * // Node: createRealtimeClient(client, { WebSocket: (await import('ws')).default })
 */
export function createRealtimeClient(
  client: IbexClient,
  options: CreateRealtimeClientOptions = {},
): IbexRealtimeClient {
  const tabId = bytesToBase64url(globalThis.crypto.getRandomValues(new Uint8Array(9)))
  const crossTab = options.crossTab ?? client.config.crossTab
  const requestTimeoutMs = options.requestTimeoutMs ?? 15_000
  const connection = {
    url: options.url ?? realtimeUrl(client.config),
    WebSocket: () =>
      options.WebSocket ??
      (globalThis as { WebSocket?: CreateRealtimeClientOptions['WebSocket'] }).WebSocket,
    clientName: options.clientName,
    backoff: { baseDelayMs: 1000, maxDelayMs: 30_000, ...options.reconnect },
    random: options.random ?? Math.random,
    duplicateRetries: options.duplicateRetries ?? 3,
  }
  const statusListeners = new Set<() => void>()
  const eventListeners = new Set<Listener>()
  const pending = new Map<string, Pending>()
  let snapshot = closedRealtimeSnapshot
  /** The signed-in user's link; `link` is set right after creation (which already reports). */
  let link: { user: string; link?: RealtimeLink } | null = null
  let unsubscribeSession: (() => void) | null = null
  let requestCount = 0

  function on(listener: (event: IbexRealtimeEvent) => void): () => void
  function on<type extends IbexRealtimeEventType>(
    type: type,
    listener: (event: IbexRealtimeEvent<type>) => void,
  ): () => void
  function on(
    typeOrListener: string | ((event: IbexRealtimeEvent) => void),
    maybeListener?: (event: never) => void,
  ): () => void {
    const entry: Listener =
      typeof typeOrListener === 'string'
        ? { type: typeOrListener, listener: maybeListener as (event: IbexRealtimeEvent) => void }
        : { type: undefined, listener: typeOrListener }
    eventListeners.add(entry)
    return () => eventListeners.delete(entry)
  }
  const operationSource = realtimeOperationStatusSource({ on })

  function setSnapshot(next: IbexRealtimeSnapshot) {
    if (sameSnapshot(snapshot, next)) return
    snapshot = Object.freeze({ ...next })
    // Operations track faster with the socket's pushes, and fall back to polling without them.
    if (next.status === 'open' || next.status === 'maintenance') {
      operationStatusSources.set(client, operationSource)
    } else {
      operationStatusSources.delete(client, operationSource)
    }
    for (const listener of [...statusListeners]) listener()
  }

  function settle(requestId: string, outcome: { data: unknown } | { error: IbexRealtimeError }) {
    const entry = pending.get(requestId)
    if (!entry) return
    pending.delete(requestId)
    if ('data' in outcome) entry.resolve(outcome.data)
    else entry.reject(outcome.error)
  }

  function dispatch(event: IbexRealtimeEvent) {
    if (event.type === 'balance_data' || event.type === 'transaction_data') {
      const { requestId } = event.data
      if (typeof requestId === 'string') settle(requestId, { data: event.data })
    }
    for (const entry of [...eventListeners]) {
      if (entry.type !== undefined && entry.type !== event.type) continue
      try {
        entry.listener(event)
      } catch (error) {
        // One broken handler must not starve the others (or the cache) of events.
        queueMicrotask(() => {
          throw error
        })
      }
    }
  }

  function sync() {
    const session = client.session.getSnapshot()
    const user = session.status === 'signed-in' ? session.user.externalUserId : null
    if (link?.user === user) return
    leave()
    if (user === null) return
    const own: { user: string; link?: RealtimeLink } = { user }
    link = own
    own.link = createRealtimeLink({
      client,
      externalUserId: user,
      tabId,
      crossTab,
      connection,
      onSnapshot: (next) => {
        if (link === own) setSnapshot(next)
      },
      onEvent: (event) => {
        if (link === own) dispatch(event)
      },
      onRequestFailed: (requestId, error) => {
        const request = pending.get(requestId)?.message.type ?? 'request'
        settle(requestId, {
          error: new IbexRealtimeError({
            code: 'realtime/server-error',
            request,
            serverCode: error.code,
            serverMessage: error.message,
          }),
        })
      },
      pendingRequests: () => [...pending.values()].map((entry) => entry.message),
    })
  }

  function leave() {
    const current = link
    link = null
    current?.link?.stop()
    for (const [requestId, entry] of [...pending]) {
      settle(requestId, {
        error: new IbexRealtimeError({
          code: 'realtime/not-connected',
          request: entry.message.type,
        }),
      })
    }
    setSnapshot(closedRealtimeSnapshot)
  }

  // A tab being closed (or put in the back/forward cache) hands the socket over at once
  // instead of waiting for its lock to be noticed as gone; shown again, it rejoins.
  const onPageHide = () => leave()
  const onPageShow = () => {
    if (unsubscribeSession) sync()
  }
  const page = globalThis as {
    addEventListener?: (type: string, listener: () => void) => void
    removeEventListener?: (type: string, listener: () => void) => void
  }

  const realtime: IbexRealtimeClient = {
    start() {
      if (unsubscribeSession) return
      unsubscribeSession = client.session.subscribe(sync)
      page.addEventListener?.('pagehide', onPageHide)
      page.addEventListener?.('pageshow', onPageShow)
      sync()
    },
    stop() {
      unsubscribeSession?.()
      unsubscribeSession = null
      page.removeEventListener?.('pagehide', onPageHide)
      page.removeEventListener?.('pageshow', onPageShow)
      leave()
    },
    subscribe(listener) {
      statusListeners.add(listener)
      return () => statusListeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => closedRealtimeSnapshot,
    on,
    request(request: IbexRealtimeRequest, requestOptions = {}) {
      const requestId = `req:${tabId}:${++requestCount}`
      const message: RealtimeRequestMessage =
        request.type === 'get_transactions' && request.params
          ? { type: request.type, requestId, params: request.params }
          : { type: request.type, requestId }
      const { signal } = requestOptions
      return new Promise((resolve, reject) => {
        const fail = (code: IbexRealtimeError['code'], cause?: unknown) =>
          settle(requestId, {
            error: new IbexRealtimeError({ code, request: request.type, cause }),
          })
        if (!link)
          return reject(
            new IbexRealtimeError({ code: 'realtime/not-connected', request: request.type }),
          )
        if (signal?.aborted)
          return reject(
            new IbexRealtimeError({
              code: 'realtime/aborted',
              request: request.type,
              cause: signal.reason,
            }),
          )
        const onAbort = () => fail('realtime/aborted', signal?.reason)
        const timer = unrefTimer(
          setTimeout(() => fail('realtime/timeout'), requestOptions.timeoutMs ?? requestTimeoutMs),
        )
        const done = () => {
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
        }
        pending.set(requestId, {
          message,
          resolve: (data) => {
            done()
            resolve(data as never)
          },
          reject: (error) => {
            done()
            reject(error)
          },
        })
        signal?.addEventListener('abort', onAbort, { once: true })
        link.link?.send(message)
      })
    },
    reconnect() {
      link?.link?.reconnect()
    },
    resync(types = ['get_balance', 'get_transactions']) {
      link?.link?.resync(types)
    },
  }
  return realtime
}
