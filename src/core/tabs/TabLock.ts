/**
 * A lock shared by the tabs of one origin: `run` waits until no other tab (or caller in this
 * tab) holds the lock, runs `fn`, then releases it. Holding it for as long as a promise stays
 * pending makes it a leader election (e.g. one realtime socket per user across tabs).
 *
 * @example
 * const lock = createTabLock('ibex:refresh:localhost')
 * await lock.run(async () => refreshOnce())
 */
export type TabLock = {
  run<T>(fn: () => Promise<T>, options?: { signal?: AbortSignal | undefined }): Promise<T>
  /** Stops taking part (releases a held lock for the other tabs). */
  close(): void
  /** How the lock reaches other tabs: Web Locks, the BroadcastChannel protocol, or this tab only. */
  readonly kind: 'web-locks' | 'broadcast' | 'local'
}
