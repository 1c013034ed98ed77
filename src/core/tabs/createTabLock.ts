import { createBroadcastLock } from './createBroadcastLock.ts'
import type { BroadcastLockOptions } from './createBroadcastLock.ts'
import { createLocalMutex } from './createLocalMutex.ts'
import type { TabLock } from './TabLock.ts'

/**
 * Creates a {@link TabLock}: Web Locks (`navigator.locks`) where present, else a lock over
 * `BroadcastChannel`, else one for this tab only. `scope: 'local'` forces the last (a server, or
 * a client that must not coordinate with other tabs).
 *
 * @example
 * const leader = createTabLock('ibex:socket:localhost')
 * void leader.run(() => new Promise((resolve) => holdSocketUntil(resolve)))
 */
export function createTabLock(
  name: string,
  options: BroadcastLockOptions & { scope?: 'tabs' | 'local' | undefined } = {},
): TabLock {
  if (options.scope !== 'local') {
    const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks
    if (locks && typeof locks.request === 'function') {
      return {
        kind: 'web-locks',
        // `request` resolves with what the callback's promise resolves with.
        run: async (fn, runOptions) =>
          await locks.request(name, runOptions?.signal ? { signal: runOptions.signal } : {}, fn),
        // The browser releases a Web Lock when its callback settles or the tab closes.
        close() {},
      }
    }
    if (typeof BroadcastChannel === 'function') return createBroadcastLock(name, options)
  }
  const exclusive = createLocalMutex()
  return { kind: 'local', run: (fn) => exclusive(fn), close() {} }
}
