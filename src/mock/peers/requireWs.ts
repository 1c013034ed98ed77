import { createRequire } from 'node:module'
import type * as WsModule from 'ws'
import { missingPeerError } from './missingPeerError.ts'

type Ws = typeof WsModule

/**
 * The `ws` package, an optional peer that only the mock's Node server needs: required when
 * the server attaches its WebSocket, so a missing install names the package.
 *
 * @example
 * const { WebSocketServer } = requireWs()
 */
export function requireWs(): Ws {
  try {
    return createRequire(import.meta.url)('ws') as Ws
  } catch (cause) {
    throw missingPeerError('ws', "the mock server's WebSocket (/ws)", cause)
  }
}
