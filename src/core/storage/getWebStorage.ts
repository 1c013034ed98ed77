/**
 * The browser's `localStorage` or `sessionStorage`, or `undefined` where there is none (server,
 * worker) or where touching it throws (Safari private mode, sandboxed iframes, blocked cookies).
 * Read at call time, never at import time, so importing the kit on a server is safe.
 *
 * @example
 * getWebStorage('localStorage')?.getItem('key')
 */
export function getWebStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    const storage = (globalThis as { localStorage?: Storage; sessionStorage?: Storage })[kind]
    if (!storage) return undefined
    // Some browsers expose the object but throw on the first write (quota 0 in private mode).
    const probe = '__ibex_probe__'
    storage.setItem(probe, probe)
    storage.removeItem(probe)
    return storage
  } catch {
    return undefined
  }
}
