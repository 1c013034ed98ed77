import type { IbexSyncStorageAdapter } from './IbexStorageAdapter.ts'

/**
 * A storage adapter that keeps values in a `Map`: nothing survives a reload. The default, and
 * what the Web Storage adapters fall back to where those are missing or refused.
 *
 * @example
 * const storage = createMemoryStorage()
 * storage.setItem('k', 'v')
 * storage.getItem('k') // 'v'
 */
export function createMemoryStorage(): IbexSyncStorageAdapter {
  const values = new Map<string, string>()
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value)
    },
    removeItem: (key) => {
      values.delete(key)
    },
  }
}
