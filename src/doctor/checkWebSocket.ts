import WebSocket from 'ws'

/** What the socket did with a bad token. */
export type SocketVerdict =
  { reached: true; closeCode: number; sawAuthError: boolean } | { reached: false; problem: string }

/**
 * Opens IBEx's `/ws` from `origin`, sends `{ type: "auth" }` with a token no server issued, and
 * waits for the close (IBEx's API reference: `auth_error`, then close 4002).
 */
export function checkWebSocket(
  url: string,
  origin: string,
  timeoutMs = 15_000,
): Promise<SocketVerdict> {
  return new Promise((resolve) => {
    let sawAuthError = false
    let opened = false
    const socket = new WebSocket(url, { headers: { Origin: origin } })
    const timer = setTimeout(() => {
      socket.terminate()
      resolve({
        reached: false,
        problem: opened
          ? `no close within ${timeoutMs / 1000} s after a bad token`
          : `no answer within ${timeoutMs / 1000} s`,
      })
    }, timeoutMs)
    socket.on('open', () => {
      opened = true
      socket.send(JSON.stringify({ type: 'auth', token: 'ibex-doctor.not-a-token.x' }))
    })
    socket.on('message', (data) => {
      if (String(data).includes('auth_error')) sawAuthError = true
    })
    socket.on('close', (code) => {
      clearTimeout(timer)
      resolve(
        opened
          ? { reached: true, closeCode: code, sawAuthError }
          : { reached: false, problem: `closed before opening (${code})` },
      )
    })
    socket.on('error', (error) => {
      if (opened) return
      clearTimeout(timer)
      socket.terminate()
      resolve({ reached: false, problem: error.message })
    })
  })
}
