/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts. The timer
 * holds a Node process open: whoever awaits this is waiting for an answer (a back-off before a
 * retry, the next poll) and a script must not exit in the middle of it. Background timers that
 * nobody awaits (the proactive refresh) use `unrefTimer` instead.
 *
 * @example
 * await sleep(250, controller.signal)
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
