import { ws, type WebSocketHandler } from 'msw'
import type { MockIbex } from '../createMockIbex.ts'
import { socketRpId } from '../realtime/socketRpId.ts'

/** Options of {@link mockIbexSocketHandler}. */
export type MockIbexSocketHandlerOptions = {
  /** The socket URL the kit opens, e.g. `wss://ibex.test/ws` (the query string is ignored). */
  url: string
  /** The tenant when the URL has no `?rpId=`. Default: the page host (`location.hostname`). */
  rpId?: string | undefined
}

/**
 * An MSW 2 WebSocket handler (`ws.link`) running the mock's `/ws` protocol, for the browser
 * (`setupWorker`) and jsdom tests (`setupServer`): it intercepts the global `WebSocket`. The
 * chain comes from `?blockchainId=`.
 *
 * @example
 * const worker = setupWorker(
 *   ...mockIbexHandlers(mock, { baseUrl: 'https://ibex.test' }),
 *   mockIbexSocketHandler(mock, { url: 'wss://ibex.test/ws' }),
 * )
 */
export function mockIbexSocketHandler(
  mock: MockIbex,
  options: MockIbexSocketHandlerOptions,
): WebSocketHandler {
  return ws.link(options.url).addEventListener('connection', ({ client }) => {
    const session = mock.sockets.connect(
      // No `isOpen`: MSW dispatches the client's `close` to the page and to this handler in
      // one go, so the session is released before the page can open its next socket.
      { send: (text) => client.send(text), close: (code, reason) => client.close(code, reason) },
      {
        rpId: socketRpId(mock.config, {
          rpId: client.url.searchParams.get('rpId') ?? options.rpId,
          origin: globalThis.location?.origin,
        }),
        blockchainId: client.url.searchParams.get('blockchainId'),
      },
    )
    client.addEventListener('message', (event) => {
      if (typeof event.data === 'string') session.receive(event.data)
    })
    client.addEventListener('close', () => session.closed())
  })
}
