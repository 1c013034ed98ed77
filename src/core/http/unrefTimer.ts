/**
 * Lets Node exit while the timer is pending (a server that created a client must not hang on its
 * refresh timer). A no-op in browsers, where timers are plain numbers.
 *
 * @example
 * const timer = unrefTimer(setTimeout(refresh, delay))
 */
export function unrefTimer<T>(timer: T): T {
  ;(timer as { unref?: () => void }).unref?.()
  return timer
}
