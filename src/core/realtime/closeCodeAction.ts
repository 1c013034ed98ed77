/**
 * What a realtime client does after its socket closed:
 * - `reconnect-now`: authenticate again at once (4001, the server saw no `auth` in time).
 * - `refresh-then-reconnect`: the token was refused (4002): refresh it, then reconnect.
 * - `duplicate`: another session of this user and rpId holds the socket (4003): do not fight it.
 * - `stop`: a policy violation (1008, e.g. unknown rpId or chain) or superseded by the server
 *   (4000): reconnecting would not help.
 * - `back-off`: anything else (1006 network, 1011 server error, 1000/1001 closed by the
 *   server): reconnect after a growing, jittered delay.
 */
export type CloseCodeAction =
  'reconnect-now' | 'refresh-then-reconnect' | 'duplicate' | 'stop' | 'back-off'

/**
 * The client action for an IBEx close code (docs/protocol.md "Close codes").
 *
 * @example
 * closeCodeAction(4002) // 'refresh-then-reconnect'
 */
export function closeCodeAction(code: number): CloseCodeAction {
  switch (code) {
    case 4001:
      return 'reconnect-now'
    case 4002:
      return 'refresh-then-reconnect'
    case 4003:
      return 'duplicate'
    case 1008:
    case 4000:
      return 'stop'
    default:
      return 'back-off'
  }
}
