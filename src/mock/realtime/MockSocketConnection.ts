/**
 * One WebSocket as the protocol core sees it; each adapter (Node `ws`, MSW) wraps its socket in
 * this shape.
 *
 * @example
 * const connection: MockSocketConnection = {
 *   send: (text) => ws.send(text),
 *   close: (code, reason) => ws.close(code, reason),
 * }
 */
export type MockSocketConnection = {
  send(text: string): void
  close(code: number, reason: string): void
  /**
   * `false` once either side has started the closing handshake. A session whose socket is
   * closing no longer holds its user's slot: a client that closed and reconnects is not refused
   * `ALREADY_CONNECTED` because the server has not yet seen the TCP connection end. Left out:
   * the slot is freed only by `closed()`.
   */
  isOpen?(): boolean
}

/** What the adapter tells the core: each incoming text message, and the end of the socket. */
export type MockSocketSession = {
  receive(text: string): void
  closed(): void
}

/** Where a socket came from: its tenant (as the adapter resolved it) and `?blockchainId=`. */
export type MockSocketInfo = {
  /** `undefined` when the rpId is unknown: the socket is closed at once (1008). */
  rpId: string | undefined
  /** Raw `?blockchainId=` / `x-blockchain-id`; absent → the default chain. */
  blockchainId?: string | null | undefined
}
