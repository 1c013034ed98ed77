import type { BroadcastLockOptions } from './createBroadcastLock.ts'
import { loadOnDemand } from '../utils/loadOnDemand.ts'
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
    if (typeof BroadcastChannel === 'function') {
      // Only browsers without Web Locks (before 2022) and Node need this one: it is loaded for
      // them alone, at once. Joining a few milliseconds late is safe, as for a tab opened late:
      // a contender learns the others' state from the answers to its request.
      const loading = loadOnDemand('The tab lock', () => import('./createBroadcastLock.ts')).then(
        (module) => module.createBroadcastLock(name, options),
      )
      loading.catch(() => undefined)
      return {
        kind: 'broadcast',
        run: async (fn, runOptions) => (await loading).run(fn, runOptions),
        close: () =>
          void loading.then(
            (lock) => lock.close(),
            () => undefined,
          ),
      }
    }
  }
  const exclusive = createLocalMutex()
  return { kind: 'local', run: (fn) => exclusive(fn), close() {} }
}
