import { bytesToHex } from 'viem'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import { MockHttpError } from '../errors/MockHttpError.ts'
import { readTransactionQuery } from '../http/readTransactionQuery.ts'
import type { MockState } from '../state/MockState.ts'
import type { MockUser } from '../state/MockUser.ts'
import { tenantOf } from '../state/tenantOf.ts'
import { verifyAccessToken } from '../tokens/verifyAccessToken.ts'
import { createView } from '../views/createView.ts'
import type { MockView } from '../views/MockView.ts'
import type { MockSocketConnection, MockSocketSession } from './MockSocketConnection.ts'
import { socketBalanceData } from './socketBalanceData.ts'
import { socketEnvelope } from './socketEnvelope.ts'
import { socketInitialBurst } from './socketInitialBurst.ts'
import { socketLedgerMessage } from './socketLedgerMessage.ts'
import { socketRefreshSignals, type SocketSignalState } from './socketRefreshSignals.ts'
import { socketTransactionData } from './socketTransactionData.ts'
import type { SocketRegistry } from './SocketRegistry.ts'

type Message = { type?: unknown; token?: unknown; requestId?: unknown; params?: unknown }

function parse(text: string): Message | undefined {
  try {
    const value: unknown = JSON.parse(text)
    return typeof value === 'object' && value !== null ? (value as Message) : undefined
  } catch {
    return undefined
  }
}

/** `params` of `get_transactions` as a query URL, so they follow the HTTP rules exactly. */
function paramsUrl(params: unknown): URL {
  const url = new URL('ws://mock.invalid/')
  if (typeof params === 'object' && params !== null) {
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined && value !== null) url.searchParams.set(key, String(value))
    }
  }
  return url
}

/**
 * The protocol of one socket (docs/protocol.md) on a known tenant and chain: `auth` as the first
 * message within `webSocket.authTimeoutMs` (else close 4001); a bad or expired token gets
 * `auth_error` then close 4002 after `closeDelayMs`; a second session of the same user and rpId
 * gets `auth_error` `ALREADY_CONNECTED` then close 4003; then the initial burst,
 * `get_balance` / `get_transactions` answered with `requestId` echoed, and ledger pushes.
 *
 * @example
 * const session = createSocketSession({ state, config, registry }, connection, { rpId: 'localhost', chainId: 421614 })
 */
export function createSocketSession(
  hub: { state: MockState; config: MockIbexConfig; registry: SocketRegistry },
  connection: MockSocketConnection,
  socket: { rpId: string; chainId: number },
): MockSocketSession {
  const { state, config, registry } = hub
  const id = bytesToHex(state.random.bytes(8)).slice(2)
  let phase: 'awaiting' | 'open' | 'closing' | 'closed' = 'awaiting'
  let user: MockUser | undefined
  // What the user's IBANs and KYC were when this socket last told them (the refresh signals).
  let signalState: SocketSignalState | undefined
  let queue = Promise.resolve()
  const cancelAuthTimer = config.setTimer(() => {
    if (phase === 'awaiting') close(4001, 'Authentication timeout')
  }, config.webSocket.authTimeoutMs)

  const send = (type: string, data: unknown) => {
    if (phase !== 'closed') connection.send(socketEnvelope(type, data, config.now()))
  }
  function close(code: number, reason: string) {
    if (phase === 'closed') return
    phase = 'closed'
    cancelAuthTimer()
    if (registry.get(key())?.id === id) registry.delete(key())
    connection.close(code, reason)
  }
  const closeLater = (code: number, reason: string) => {
    phase = 'closing'
    config.setTimer(() => close(code, reason), config.webSocket.closeDelayMs)
  }
  const key = () => `${socket.rpId}|${user?.externalUserId ?? ''}`
  const view = (): MockView =>
    createView({
      state,
      config,
      tenant: tenantOf(state, socket.rpId),
      user: user as MockUser,
      now: config.now(),
    })

  async function authenticate(message: Message) {
    if (message.type !== 'auth' || typeof message.token !== 'string') {
      send('auth_error', {
        message: 'The first message must be { type: "auth", token }',
        context: 'auth_process',
        error_code: 'AUTH_REQUIRED',
      })
      return closeLater(4002, 'Authentication required')
    }
    const check = await verifyAccessToken(state, message.token, socket.rpId, config.now())
    if (phase !== 'awaiting') return
    if (!check.ok) {
      send('auth_error', { message: check.reason, context: 'auth_process', error_code: check.code })
      return closeLater(4002, 'Authentication failed')
    }
    user = check.user
    // A socket of this user that is already closing (its client sent a close frame) frees the
    // slot now: the adapter's close event follows the TCP teardown, which a client that closed
    // and reconnected at once can outrun.
    const previous = registry.get(key())
    if (previous && !previous.isOpen()) previous.release()
    const existing = registry.get(key())
    if (existing) {
      send('auth_error', {
        message: 'This user already has a real-time session for this rpId',
        context: 'duplicate_session',
        error_code: 'ALREADY_CONNECTED',
        existingConnectionId: existing.id,
      })
      return closeLater(4003, 'ALREADY_CONNECTED')
    }
    phase = 'open'
    cancelAuthTimer()
    registry.set(key(), {
      id,
      close,
      isOpen: () => phase === 'open' && (connection.isOpen?.() ?? true),
      release: released,
      push(event) {
        const pushed = phase === 'open' && socketLedgerMessage(view(), event)
        if (!pushed) return
        send(...pushed)
        if (pushed[0] !== 'user_data' || !user) return
        const signals = socketRefreshSignals(user, signalState)
        signalState = signals.state
        for (const [type, data] of signals.messages) send(type, data)
      },
    })
    for (const [type, data] of socketInitialBurst(view(), socket.chainId)) send(type, data)
    signalState = socketRefreshSignals(user, undefined).state
  }

  function answer(message: Message) {
    switch (message.type) {
      case 'get_balance':
        return send(
          'balance_data',
          socketBalanceData(view(), socket.chainId, {
            mode: 'request',
            requestId: message.requestId,
          }),
        )
      case 'get_transactions': {
        const current = view()
        const query = readTransactionQuery(paramsUrl(message.params), current.now)
        return send(
          'transaction_data',
          socketTransactionData(current, socket.chainId, query, {
            mode: 'request',
            requestId: message.requestId,
          }),
        )
      }
      default:
        return send('error', {
          message: `Unknown message type ${String(message.type)}`,
          context: 'message_handler',
          error_code: message.type === 'auth' ? 'ALREADY_AUTHENTICATED' : 'UNKNOWN_MESSAGE_TYPE',
        })
    }
  }

  async function handle(text: string) {
    if (phase === 'closing' || phase === 'closed') return
    const message = parse(text)
    if (phase === 'awaiting') return authenticate(message ?? {})
    if (!message) {
      return send('error', {
        message: 'Messages must be JSON objects',
        context: 'parsing',
        error_code: 'INVALID_JSON',
      })
    }
    try {
      answer(message)
    } catch (error) {
      const context = message.type === 'get_balance' ? 'balance' : 'transactions'
      send('error', {
        message: error instanceof Error ? error.message : String(error),
        context,
        error_code: error instanceof MockHttpError ? error.code : 'INTERNAL',
      })
    }
  }

  function released() {
    if (phase === 'closed') return
    phase = 'closed'
    cancelAuthTimer()
    if (registry.get(key())?.id === id) registry.delete(key())
  }

  return {
    receive(text) {
      // The deadline is for the first message to arrive (docs/protocol.md), not for its token
      // check to finish: a slow check must not turn a timely auth into a 4001.
      if (phase === 'awaiting') cancelAuthTimer()
      queue = queue.then(() => handle(text)).catch(() => close(1011, 'Internal error'))
    },
    closed: released,
  }
}
