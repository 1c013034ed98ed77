import type { Server } from 'node:http'
import type { MockIbex } from '../createMockIbex.ts'
import { requireWs } from '../peers/requireWs.ts'
import { socketRpId } from '../realtime/socketRpId.ts'

/** A WebSocket endpoint attached to a Node server. */
export type MockIbexWebSocket = {
  /** Closes every socket and stops answering upgrades. */
  close(): Promise<void>
}

/**
 * Serves the mock's `/ws` protocol on `server`'s `upgrade` event with the `ws` package: the
 * tenant comes from `?rpId=`, `Origin` or `Host`, the chain from `x-blockchain-id` or
 * `?blockchainId=`. Other upgrade paths are refused.
 *
 * @example
 * const socket = attachMockIbexWebSocket(server, mock)
 * await socket.close()
 */
export function attachMockIbexWebSocket(
  server: Server,
  mock: MockIbex,
  options: { path?: string } = {},
): MockIbexWebSocket {
  const path = options.path ?? '/ws'
  const { WebSocketServer } = requireWs()
  const wss = new WebSocketServer({ noServer: true })
  server.on('upgrade', (request, socket, head) => {
    const url = new URL(request.url ?? '/', 'http://mock.invalid')
    if (url.pathname !== path) {
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n')
      return
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      const header = request.headers['x-blockchain-id']
      const session = mock.sockets.connect(
        { send: (text) => ws.send(text), close: (code, reason) => ws.close(code, reason) },
        {
          rpId: socketRpId(mock.config, {
            rpId: url.searchParams.get('rpId'),
            origin: request.headers.origin,
            host: request.headers.host,
          }),
          blockchainId:
            (Array.isArray(header) ? header[0] : header) ?? url.searchParams.get('blockchainId'),
        },
      )
      ws.on('message', (data) => session.receive(data.toString()))
      ws.on('close', () => session.closed())
    })
  })
  return {
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of wss.clients) client.terminate()
        wss.close(() => resolve())
      }),
  }
}
