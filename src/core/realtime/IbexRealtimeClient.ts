import type {
  IbexRealtimeEvent,
  IbexRealtimeEventMap,
  IbexRealtimeEventType,
} from './IbexRealtimeEvent.ts'
import type { RealtimeBackoff } from './reconnectDelay.ts'
import type { RealtimeWebSocketConstructor } from './RealtimeWebSocket.ts'

/**
 * - `connecting`: signed in, the socket is being opened and authenticated (or this tab waits to
 *   hear from the tab that holds it).
 * - `open`: authenticated, events flow.
 * - `reconnecting`: the socket dropped; a new one is on its way (back-off, token refresh).
 * - `closed`: signed out, stopped, or given up (another session holds the socket, 4003; a
 *   policy close, 1008; superseded, 4000). See `lastClose` and `lastError`.
 * - `maintenance`: IBEx announced maintenance; the socket stays open and `maintenance` says why.
 */
export type IbexRealtimeStatus = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'maintenance'

/**
 * The realtime state, for `useSyncExternalStore`: replaced only when something in it changes.
 * The same in every tab of the user (the leader's state is relayed), except `role`.
 *
 * @example
 * const { status, maintenance } = realtime.getSnapshot()
 */
export type IbexRealtimeSnapshot = Readonly<{
  status: IbexRealtimeStatus
  /** `leader`: this tab holds the socket; `follower`: another tab does and relays its events. */
  role: 'leader' | 'follower' | null
  /** The Safe of the connection (`auth_success`). */
  safeAddress: string | null
  /** The last close of the socket, e.g. `{ code: 4003, reason: 'ALREADY_CONNECTED' }`. */
  lastClose: Readonly<{ code: number; reason: string }> | null
  /**
   * The last refusal: `auth_error`'s `error_code` (`TOKEN_EXPIRED`, `ALREADY_CONNECTED`, …), or
   * the kit's own (`NO_WEBSOCKET` where there is no WebSocket).
   */
  lastError: Readonly<{ code: string; message: string }> | null
  /** Set while IBEx is in maintenance (`maintenance` event with `active: true`). */
  maintenance: Readonly<{ since: string | null; message: string | null }> | null
}>

/**
 * A request the server answers over the socket, its `requestId` echoed (docs/protocol.md).
 *
 * @example
 * const request: IbexRealtimeRequest = { type: 'get_transactions', params: { page: 1, limit: 20 } }
 */
export type IbexRealtimeRequest =
  | { type: 'get_balance' }
  | {
      type: 'get_transactions'
      /** The transactions read's semantics: `page`, `limit`, `startDate`, `endDate` (`YYYY-MM-DD`). */
      params?: { page?: number; limit?: number; startDate?: string; endDate?: string } | undefined
    }

/** The answer of each request type. */
export type IbexRealtimeResponseMap = {
  get_balance: IbexRealtimeEventMap['balance_data']
  get_transactions: IbexRealtimeEventMap['transaction_data']
}

/**
 * Options of `createRealtimeClient`.
 *
 * @example
 * createRealtimeClient(client, { clientName: 'My App', reconnect: { maxDelayMs: 60_000 } })
 */
export type CreateRealtimeClientOptions = {
  /** Default: the global `WebSocket`, looked up at each connection (test interceptors apply). */
  WebSocket?: RealtimeWebSocketConstructor | undefined
  /** The socket URL. Default: derived from the client (`realtimeUrl`). */
  url?: string | undefined
  /** Sent as `clientName` in the `auth` message. */
  clientName?: string | undefined
  /** Back-off of reconnections after abnormal closes. */
  reconnect?: Partial<RealtimeBackoff> | undefined
  /**
   * How many times a 4003 (another session holds the socket) is retried with back-off when the
   * other session is probably this user's own, about to go: on this tab's first connection (it
   * may have just taken over from a closing tab, or the page was reloaded) and after its own
   * socket dropped (the server may not have noticed yet). Otherwise a 4003 is final, and
   * `reconnect()` tries again. Default 3.
   */
  duplicateRetries?: number | undefined
  /** How long `request` waits for its answer. Default 15 000 ms. */
  requestTimeoutMs?: number | undefined
  /**
   * One socket for all the tabs of the user: one tab leads (holds the socket) and relays events
   * to the others. Default: the client's `config.crossTab`.
   */
  crossTab?: boolean | undefined
  /** Jitter source in [0, 1). Default `Math.random`. */
  random?: (() => number) | undefined
}

/**
 * The realtime side of a client: one IBEx WebSocket per signed-in user across tabs, its events,
 * its state and requests over it. Framework-free.
 *
 * @example
 * const realtime = createRealtimeClient(client)
 * realtime.start()
 * realtime.on('balance_update', (event) => console.log(event.data.balance))
 */
export type IbexRealtimeClient = {
  /** Follows the session from now on: connects while a user is signed in. Idempotent. */
  start(): void
  /** Closes the socket (or leaves the tab election) and stops following the session. */
  stop(): void
  /** Listens to the state (for `useSyncExternalStore`). */
  subscribe(listener: () => void): () => void
  getSnapshot(): IbexRealtimeSnapshot
  /** `closed`: a server renders nothing live. */
  getServerSnapshot(): IbexRealtimeSnapshot
  /** Every event, in this tab and relayed from the leader tab. Returns the unsubscribe function. */
  on(listener: (event: IbexRealtimeEvent) => void): () => void
  /** Events of one type. */
  on<type extends IbexRealtimeEventType>(
    type: type,
    listener: (event: IbexRealtimeEvent<type>) => void,
  ): () => void
  /**
   * Sends `get_balance` / `get_transactions` (through the leader tab when another tab holds the
   * socket) and resolves with the answer whose `requestId` matches. Waits for the socket while
   * it is connecting. Rejects with `IbexRealtimeError`.
   */
  request<request extends IbexRealtimeRequest>(
    request: request,
    options?: { signal?: AbortSignal | undefined; timeoutMs?: number | undefined },
  ): Promise<IbexRealtimeResponseMap[request['type']]>
  /**
   * Connects again now (after a 4003 the kit does not retry by itself, e.g. once the user closed
   * the app elsewhere), skipping any back-off.
   */
  reconnect(): void
  /**
   * Asks IBEx for fresh balances and/or transactions (default parameters) over the socket; the
   * answers reach every tab as `balance_data` / `transaction_data` whose `requestId` starts with
   * `sync:` (see `isRealtimeSyncAnswer`). The cache uses it when an event cannot be applied in
   * place. Queued while connecting; nothing while signed out.
   */
  resync(types?: readonly ('get_balance' | 'get_transactions')[]): void
}
