import { unrefTimer } from './unrefTimer.ts'

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as it aborts.
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
    const timer = unrefTimer(
      setTimeout(() => {
        signal?.removeEventListener('abort', onAbort)
        resolve()
      }, ms),
    )
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
