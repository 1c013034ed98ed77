import type { IbexClient } from '../client/IbexClient.ts'
import { IbexSessionError } from '../errors/IbexSessionError.ts'
import { unrefTimer } from '../http/unrefTimer.ts'
import { closeCodeAction } from './closeCodeAction.ts'
import type { IbexRealtimeSnapshot } from './IbexRealtimeClient.ts'
import type { IbexRealtimeEvent } from './IbexRealtimeEvent.ts'
import { parseRealtimeEvent } from './parseRealtimeEvent.ts'
import { reconnectDelay, type RealtimeBackoff } from './reconnectDelay.ts'
import type { RealtimeWebSocket, RealtimeWebSocketConstructor } from './RealtimeWebSocket.ts'

/** The socket-facing part of the realtime state (everything but `role`). */
export type RealtimeConnectionState = Omit<IbexRealtimeSnapshot, 'role'>

/** Options of {@link createRealtimeConnection}. */
export type RealtimeConnectionOptions = {
  client: IbexClient
  url: string
  /** Looked up at each connection. */
  WebSocket: () => RealtimeWebSocketConstructor | undefined
  clientName: string | undefined
  backoff: RealtimeBackoff
  random: () => number
  /** 4003 retries right away (this tab just took over from another one). */
  duplicateRetries: number
  onEvent(event: IbexRealtimeEvent): void
  onState(state: RealtimeConnectionState): void
  /** The socket authenticated: queued requests can go. */
  onOpen(): void
}

/** One user's socket, held by the leader tab. */
export type RealtimeConnection = {
  /** Sends a JSON message if the socket is authenticated; `false` otherwise. */
  send(message: object): boolean
  isOpen(): boolean
  /** Connects again now, skipping back-off (and after a final 4003). */
  reconnect(): void
  /** Closes for good (1000). */
  close(): void
}

const CLOSED: RealtimeConnectionState = {
  status: 'closed',
  safeAddress: null,
  lastClose: null,
  lastError: null,
  maintenance: null,
}

/**
 * Opens and keeps IBEx's `/ws` for the signed-in user (docs/protocol.md): a fresh access token
 * is fetched first, so that `auth` goes as the first message the moment the socket opens; events
 * are parsed and passed on; closes are handled by code (see `closeCodeAction`): 4001 reconnects
 * at once, 4002 refreshes the token then reconnects, 4003 retries only while the other session
 * is probably this user's own ghost, 1006/1011 and the rest back off with jitter. A second
 * failure of the same kind in a row backs off too, so a server that keeps refusing is not
 * hammered. Timers are unref'd.
 *
 * @example
 * const connection = createRealtimeConnection({ client, url, WebSocket: () => globalThis.WebSocket, … })
 * connection.close()
 */
export function createRealtimeConnection(options: RealtimeConnectionOptions): RealtimeConnection {
  const { client, url, backoff, random } = options
  let state: RealtimeConnectionState = { ...CLOSED, status: 'connecting' }
  let socket: RealtimeWebSocket | null = null
  let authenticated = false
  let closed = false
  let timer: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  let lastAction: string | null = null
  let duplicateRetries = options.duplicateRetries
  let generation = 0

  const update = (patch: Partial<RealtimeConnectionState>) => {
    state = { ...state, ...patch }
    options.onState(state)
  }

  function schedule(delayMs: number) {
    clearTimeout(timer)
    if (closed) return
    update({ status: 'reconnecting' })
    timer = unrefTimer(setTimeout(() => void connect(), delayMs))
  }

  const backOff = () => schedule(reconnectDelay(failures++, backoff, random))

  async function connect() {
    clearTimeout(timer)
    const current = ++generation
    let token: string
    try {
      token = await client.getAccessToken()
    } catch (error) {
      if (closed || current !== generation) return
      // Signed out meanwhile: the session watcher stops this connection; nothing to retry.
      if (error instanceof IbexSessionError) return update({ status: 'closed' })
      return backOff()
    }
    if (closed || current !== generation) return
    const WebSocketClass = options.WebSocket()
    if (!WebSocketClass) {
      return update({
        status: 'closed',
        lastError: { code: 'NO_WEBSOCKET', message: 'There is no WebSocket here; pass one.' },
      })
    }
    let ws: RealtimeWebSocket
    try {
      ws = new WebSocketClass(url)
    } catch {
      return backOff()
    }
    socket = ws
    ws.onopen = () => {
      if (socket !== ws) return
      const clientName = options.clientName
      ws.send(JSON.stringify({ type: 'auth', token, ...(clientName ? { clientName } : {}) }))
    }
    ws.onmessage = (event: { data: unknown }) => {
      if (socket === ws) receive(event.data)
    }
    ws.onclose = (event: { code: number; reason: string }) => {
      if (socket !== ws) return
      socket = null
      void closedWith(event.code, String(event.reason ?? ''))
    }
    // A failed socket also fires `close` (1006), handled there. The handler must exist: the
    // `ws` package throws on an `error` nobody listens to.
    ws.onerror = () => {}
  }

  function receive(raw: unknown) {
    const event = parseRealtimeEvent(typeof raw === 'string' ? raw : String(raw))
    if (!event) return
    switch (event.type) {
      case 'auth_success':
      case 'connection_success':
        // The burst may bring both, in any order: the first one opens, the second changes nothing.
        if (!authenticated) {
          authenticated = true
          failures = 0
          lastAction = null
          duplicateRetries = 0
          update({
            status: state.maintenance ? 'maintenance' : 'open',
            safeAddress: event.data.safeAddress ?? null,
            lastError: null,
          })
          options.onOpen()
        }
        break
      case 'auth_error':
        update({
          lastError: {
            code: event.data.error_code ?? 'AUTH_ERROR',
            message: event.data.message ?? 'IBEx refused the realtime authentication.',
          },
        })
        break
      case 'maintenance': {
        const { active, since, message } = event.data
        update(
          active
            ? {
                status: 'maintenance',
                maintenance: { since: since ?? null, message: message ?? null },
              }
            : { status: authenticated ? 'open' : state.status, maintenance: null },
        )
        break
      }
    }
    options.onEvent(event)
  }

  async function closedWith(code: number, reason: string) {
    const wasOpen = authenticated
    authenticated = false
    if (closed) return
    update({ lastClose: { code, reason } })
    const action = closeCodeAction(code)
    // The same refusal twice in a row is not a one-off: back off instead of looping.
    const repeated = action === lastAction
    lastAction = action
    switch (action) {
      case 'stop':
        return update({ status: 'closed' })
      case 'duplicate':
        if (duplicateRetries <= 0) return update({ status: 'closed' })
        duplicateRetries--
        return backOff()
      case 'reconnect-now':
        return repeated ? backOff() : schedule(0)
      case 'refresh-then-reconnect':
        update({ status: 'reconnecting' })
        try {
          await client.refresh()
        } catch (error) {
          if (closed) return
          if (error instanceof IbexSessionError) return update({ status: 'closed' })
          return backOff()
        }
        return repeated ? backOff() : schedule(0)
      default:
        // Our socket died while the server may still count it: its 4003 would be our ghost.
        if (wasOpen) duplicateRetries = options.duplicateRetries
        return backOff()
    }
  }

  const onOnline = () => {
    if (!closed && state.status === 'reconnecting' && !socket) void connect()
  }
  const events = globalThis as { addEventListener?: typeof addEventListener }
  events.addEventListener?.('online', onOnline)

  options.onState(state)
  void connect()

  return {
    send(message) {
      if (!socket || !authenticated) return false
      try {
        socket.send(JSON.stringify(message))
        return true
      } catch {
        return false
      }
    },
    isOpen: () => authenticated,
    reconnect() {
      if (closed) return
      const old = socket
      socket = null
      authenticated = false
      failures = 0
      lastAction = null
      old?.close(1000, 'Reconnecting')
      update({ status: 'connecting' })
      void connect()
    },
    close() {
      if (closed) return
      closed = true
      clearTimeout(timer)
      ;(globalThis as { removeEventListener?: typeof removeEventListener }).removeEventListener?.(
        'online',
        onOnline,
      )
      const old = socket
      socket = null
      authenticated = false
      try {
        old?.close(1000, 'Client closed')
      } catch {
        // Already closing.
      }
      update({ status: 'closed' })
    },
  }
}
