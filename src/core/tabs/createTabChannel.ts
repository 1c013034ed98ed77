/**
 * A message bus between the tabs (and workers) of one origin, over `BroadcastChannel`. Inert
 * where `BroadcastChannel` does not exist, so callers need no feature test. Incoming messages
 * are `unknown`: validate them.
 *
 * @example
 * const channel = createTabChannel<{ type: 'ping' }>('ibex:demo')
 * const stop = channel.subscribe((message) => console.log(message))
 * channel.post({ type: 'ping' })
 */
export type TabChannel<TMessage> = {
  /** Sends to every other instance with the same name (never to itself). */
  post(message: TMessage): void
  subscribe(listener: (message: unknown) => void): () => void
  close(): void
  /** `false` when there is no `BroadcastChannel` and the channel does nothing. */
  readonly connected: boolean
}

/**
 * Opens a {@link TabChannel}. Reusable by any module that coordinates tabs (the session here, a
 * realtime socket leader later).
 *
 * @example
 * const channel = createTabChannel('ibex:localhost@https://passkeys-testnet.ibex.fi')
 */
export function createTabChannel<TMessage>(name: string): TabChannel<TMessage> {
  const listeners = new Set<(message: unknown) => void>()
  if (typeof BroadcastChannel !== 'function') {
    return {
      post() {},
      subscribe(listener) {
        listeners.add(listener)
        return () => listeners.delete(listener)
      },
      close() {},
      connected: false,
    }
  }
  const channel = new BroadcastChannel(name)
  // Node's BroadcastChannel keeps the process alive; a server must be able to exit.
  ;(channel as { unref?: () => void }).unref?.()
  let open = true
  channel.onmessage = (event: MessageEvent<unknown>) => {
    for (const listener of [...listeners]) listener(event.data)
  }
  return {
    post(message) {
      if (!open) return
      try {
        channel.postMessage(message)
      } catch {
        // A message that cannot be cloned or a closing channel: the other tabs just miss it.
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      open = false
      listeners.clear()
      channel.close()
    },
    connected: true,
  }
}
