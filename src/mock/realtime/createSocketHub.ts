import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from '../state/MockState.ts'
import { createSocketSession } from './createSocketSession.ts'
import type {
  MockSocketConnection,
  MockSocketInfo,
  MockSocketSession,
} from './MockSocketConnection.ts'
import type { SocketRegistry } from './SocketRegistry.ts'

/** The realtime side of a mock IBEx: connects sockets and pushes ledger changes to them. */
export type MockSocketHub = {
  /** Starts the protocol on a new socket; the adapter forwards its messages and its close. */
  connect(connection: MockSocketConnection, info: MockSocketInfo): MockSocketSession
}

const inert: MockSocketSession = { receive: () => undefined, closed: () => undefined }

/**
 * Creates the hub of a mock: sockets of an unknown rpId or chain are closed 1008 at once;
 * ledger events go to the sessions whose user owns the Safe; a reset closes every session
 * (4000, superseded).
 *
 * @example
 * const hub = createSocketHub({ state: mock.state, config: mock.config })
 * const session = hub.connect(connection, { rpId: 'localhost', blockchainId: '421614' })
 */
export function createSocketHub(hub: { state: MockState; config: MockIbexConfig }): MockSocketHub {
  const { state, config } = hub
  const registry: SocketRegistry = new Map()
  state.listeners.add((event) => {
    if (event.type === 'reset') {
      for (const socket of [...registry.values()]) socket.close(4000, 'Mock reset')
      registry.clear()
      return
    }
    for (const socket of [...registry.values()]) socket.push(event)
  })
  return {
    connect(connection, info) {
      if (info.rpId === undefined) {
        connection.close(1008, 'Unknown domain/rpId')
        return inert
      }
      const raw = info.blockchainId ?? ''
      const chainId = raw === '' ? config.defaultChainId : Number(raw)
      if (!config.chainIds.includes(chainId)) {
        connection.close(1008, `Unsupported chain ${raw}`)
        return inert
      }
      return createSocketSession({ state, config, registry }, connection, {
        rpId: info.rpId,
        chainId,
      })
    },
  }
}
