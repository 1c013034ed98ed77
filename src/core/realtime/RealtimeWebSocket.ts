/**
 * The part of a WebSocket the realtime client uses: the browser's `WebSocket`, Node 22's, and
 * the `ws` package's all fit. Handlers are typed loosely (`never`) because each implementation
 * types its events its own way; the client reads only `data`, `code` and `reason`.
 *
 * @example
 * const socket: RealtimeWebSocket = new WebSocket('wss://passkeys-testnet.ibex.fi/ws')
 */
export type RealtimeWebSocket = {
  send(data: string): void
  close(code?: number, reason?: string): void
  onopen: ((event: never) => void) | null
  onmessage: ((event: never) => void) | null
  onclose: ((event: never) => void) | null
  onerror: ((event: never) => void) | null
}

/**
 * A WebSocket constructor, e.g. `globalThis.WebSocket` or `import WebSocket from 'ws'`.
 *
 * @example
 * import WebSocket from 'ws'
 * createRealtimeClient(client, { WebSocket })
 */
export type RealtimeWebSocketConstructor = new (url: string) => RealtimeWebSocket
