import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMockIbex, type MockIbex } from '../createMockIbex.ts'
import { attachMockIbexWebSocket } from './attachMockIbexWebSocket.ts'
import { corsHeaders } from './corsHeaders.ts'
import { toFetchRequest } from './toFetchRequest.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { errorResponse } from '../http/errorResponse.ts'

/** Options of {@link startMockIbexServer}. */
export type StartMockIbexServerOptions = {
  /** Default 8787; 0 picks a free port. */
  port?: number | undefined
  /** Default `127.0.0.1`. */
  host?: string | undefined
  /** The mock to serve. Default: a new `createMockIbex()`. */
  mock?: MockIbex | undefined
}

/** A running mock IBEx server. */
export type MockIbexServer = {
  /** e.g. `http://127.0.0.1:8787`. */
  url: string
  mock: MockIbex
  /** The Node server; the WebSocket (`/ws`) is attached to its `upgrade` event. */
  server: Server
  /** Stops listening and drops open connections. */
  close(): Promise<void>
}

/**
 * Serves a mock IBEx over Node HTTP (for e2e and `npm run mock`), with CORS for localhost
 * origins, OPTIONS preflights answered 204, and the WebSocket at `/ws`
 * (`ws://host:port/ws?blockchainId=…`).
 *
 * @example
 * const { url, close } = await startMockIbexServer({ port: 0 })
 * await fetch(`${url}/v1.2/auth/sign-up?rpId=localhost`)
 * await close()
 */
export async function startMockIbexServer(
  options: StartMockIbexServerOptions = {},
): Promise<MockIbexServer> {
  const mock = options.mock ?? createMockIbex()
  const host = options.host ?? '127.0.0.1'
  let origin = ''
  const server = createServer((incoming, outgoing) => {
    const cors = corsHeaders(incoming.headers.origin, mock.config)
    if (incoming.method === 'OPTIONS') {
      outgoing.writeHead(204, cors).end()
      return
    }
    toFetchRequest(incoming, origin)
      .then(
        (request) => mock.handle(request, { remoteAddress: incoming.socket.remoteAddress }),
        // A body over the limit, or a request line `new URL` refuses: the client's fault.
        (error: unknown) =>
          errorResponse(
            error instanceof MockHttpError
              ? error
              : new MockHttpError('VALIDATION', 'Malformed request'),
          ),
      )
      .then(async (response) => {
        const headers: Record<string, string> = { ...cors }
        response.headers.forEach((value, name) => {
          headers[name] = value
        })
        outgoing.writeHead(response.status, headers)
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500, { 'content-type': 'application/json', ...cors })
        outgoing.end(JSON.stringify({ message: String(error), error_code: 'INTERNAL' }))
      })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 8787, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const socket = attachMockIbexWebSocket(server, mock)
  const { port } = server.address() as AddressInfo
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  return {
    url: origin,
    mock,
    server,
    close: async () => {
      await socket.close()
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}
