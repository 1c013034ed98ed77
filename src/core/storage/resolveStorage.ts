import type { IbexStorageAdapter, IbexStorageOption } from './IbexStorageAdapter.ts'
import { createMemoryStorage } from './createMemoryStorage.ts'
import { getWebStorage } from './getWebStorage.ts'

/**
 * Turns the `storage` option into an adapter. A Web Storage name falls back to memory where that
 * storage is unavailable (server rendering, private mode), so creating a client never throws.
 *
 * @example
 * const storage = resolveStorage('sessionStorage')
 * await storage.setItem('key', 'value')
 */
export function resolveStorage(option: IbexStorageOption = 'memory'): IbexStorageAdapter {
  if (typeof option !== 'string') return option
  if (option === 'memory') return createMemoryStorage()
  return getWebStorage(option) ?? createMemoryStorage()
}
