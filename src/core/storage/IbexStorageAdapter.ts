/**
 * Where the session is persisted. The three methods may be synchronous (Web Storage) or return
 * promises (IndexedDB, React Native AsyncStorage, an encrypted store …); the kit awaits either.
 *
 * @example
 * const storage: IbexStorageAdapter = {
 *   getItem: (key) => AsyncStorage.getItem(key),
 *   setItem: (key, value) => AsyncStorage.setItem(key, value),
 *   removeItem: (key) => AsyncStorage.removeItem(key),
 * }
 */
export type IbexStorageAdapter = {
  getItem(key: string): string | null | undefined | Promise<string | null | undefined>
  setItem(key: string, value: string): void | Promise<void>
  removeItem(key: string): void | Promise<void>
}

/**
 * A storage adapter that answers synchronously (memory, Web Storage).
 *
 * @example
 * const storage: IbexSyncStorageAdapter = window.localStorage
 */
export type IbexSyncStorageAdapter = {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/**
 * The `storage` option of `createIbexClient`: a built-in store by name, or your own adapter.
 *
 * @example
 * createIbexClient({ baseUrl, storage: 'localStorage' })
 */
export type IbexStorageOption = 'memory' | 'localStorage' | 'sessionStorage' | IbexStorageAdapter
