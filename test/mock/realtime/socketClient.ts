import WebSocket from 'ws'

/** A server → client message of the mock's `/ws`. */
export type SocketMessage = { type: string; data: Record<string, unknown>; timestamp: string }

/** A `ws` client that records every message and its close. */
export type TestSocket = {
  messages: SocketMessage[]
  send(message: unknown): void
  /** The first message (already received or to come) that matches. */
  next(type: string, match?: (message: SocketMessage) => boolean): Promise<SocketMessage>
  closed: Promise<{ code: number; reason: string }>
  close(): void
}

/**
 * Opens `url` with the `ws` package (Node tests): resolves once open.
 *
 * @example
 * const socket = await openSocket(`${wsUrl}/ws?rpId=localhost`)
 * socket.send({ type: 'auth', token })
 */
export function openSocket(url: string, headers: Record<string, string> = {}): Promise<TestSocket> {
  const ws = new WebSocket(url, { headers })
  const messages: SocketMessage[] = []
  const waiters: {
    type: string
    match: (m: SocketMessage) => boolean
    resolve: (m: SocketMessage) => void
  }[] = []
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString()) as SocketMessage
    messages.push(message)
    for (const waiter of [...waiters]) {
      if (waiter.type === message.type && waiter.match(message)) {
        waiters.splice(waiters.indexOf(waiter), 1)
        waiter.resolve(message)
      }
    }
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  return new Promise((resolve, reject) => {
    ws.once('error', reject)
    ws.once('open', () =>
      resolve({
        messages,
        send: (message) => ws.send(typeof message === 'string' ? message : JSON.stringify(message)),
        next(type, match = () => true) {
          const seen = messages.find((message) => message.type === type && match(message))
          if (seen) return Promise.resolve(seen)
          return new Promise((found) => waiters.push({ type, match, resolve: found }))
        },
        closed,
        close: () => ws.close(),
      }),
    )
  })
}
