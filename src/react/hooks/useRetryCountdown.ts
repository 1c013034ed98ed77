'use client'
import { useCallback, useSyncExternalStore } from 'react'

function secondsUntil(retryAt: number | null | undefined): number {
  if (retryAt === null || retryAt === undefined || !Number.isFinite(retryAt)) return 0
  return Math.max(0, Math.ceil((retryAt - Date.now()) / 1000))
}

// Nothing is counting on the server, and hydration must render what the server rendered.
const serverSeconds = () => 0

/**
 * Whole seconds left until `retryAt` (ms since the epoch, on `Date.now()`'s clock), for a
 * countdown such as "Try again in 8 s": the `retryAt` of an `IbexPinThrottledError`
 * (`validation/pin-throttled`, after 3 wrong PINs in a row). Re-renders once per second, when
 * the number changes, and stops at 0; `0` also for `null`/`undefined` or a time already past.
 * Server-safe: it renders `0` on the server and during hydration (no timer starts there), then
 * counts from the first client render.
 *
 * `<PinPad retryAt={…}>` already shows this countdown; use the hook for a countdown of your own.
 *
 * @param retryAt - When the next attempt may start, ms since the epoch.
 * @returns Seconds left, rounded up (`1` until the very end), `0` when the wait is over.
 * @example
 * const { error } = useSignIn()
 * const retryAt = error instanceof IbexPinThrottledError ? error.retryAt : undefined
 * const seconds = useRetryCountdown(retryAt)
 * {seconds > 0 && <p>Too many attempts. Try again in {seconds} s.</p>}
 */
export function useRetryCountdown(retryAt: number | null | undefined): number {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const schedule = () => {
        const left = retryAt === null || retryAt === undefined ? 0 : retryAt - Date.now()
        if (!(left > 0)) return
        // Wake when the rounded-up count changes: at the next whole second before `retryAt`.
        timer = setTimeout(
          () => {
            onChange()
            schedule()
          },
          left % 1000 || 1000,
        )
      }
      schedule()
      return () => clearTimeout(timer)
    },
    [retryAt],
  )
  return useSyncExternalStore(subscribe, () => secondsUntil(retryAt), serverSeconds)
}
