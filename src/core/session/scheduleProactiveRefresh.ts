import { IbexSessionError } from '../errors/IbexSessionError.ts'
import { unrefTimer } from '../http/unrefTimer.ts'
import type { SessionStore } from './createSessionStore.ts'
import { refreshDueAt } from './refreshDueAt.ts'

/** After a failed proactive refresh (offline, 5xx), try again this much later. */
const RETRY_AFTER_FAILURE_MS = 30_000

/**
 * Refreshes the tokens ahead of expiry (docs/protocol.md: 5–10 min before) so that calls rarely
 * wait for a refresh. Re-plans whenever the pair changes; the timer is unref'd in Node. Returns
 * the function that cancels it (sign-out cancels it too, having no pair to plan for).
 *
 * @example
 * const cancel = scheduleProactiveRefresh(store, refresher.refresh, { now: Date.now, leewayMs: 300_000 })
 */
export function scheduleProactiveRefresh(
  store: SessionStore,
  refresh: () => Promise<unknown>,
  options: { now: () => number; leewayMs: number },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let plannedFor: string | undefined

  const arm = (delay: number) => {
    clearTimeout(timer)
    // Clamped: setTimeout fires at once for delays beyond 2^31 - 1 ms.
    timer = unrefTimer(setTimeout(fire, Math.min(Math.max(0, delay), 2_147_483_647)))
  }

  function fire() {
    refresh().catch((error: unknown) => {
      // A rejected refresh has already signed the user out; anything else is worth a retry.
      if (error instanceof IbexSessionError) return
      if (store.getRecord()?.refreshToken === plannedFor) arm(RETRY_AFTER_FAILURE_MS)
    })
  }

  function plan() {
    const record = store.getRecord()
    if (record?.refreshToken === plannedFor) return
    clearTimeout(timer)
    plannedFor = record?.refreshToken
    if (record) arm(refreshDueAt(record, options.leewayMs) - options.now())
  }

  const unsubscribe = store.subscribe(plan)
  plan()
  return () => {
    unsubscribe()
    clearTimeout(timer)
  }
}
