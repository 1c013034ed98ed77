import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { isRecord } from '../parse/isRecord.ts'
import { getWebStorage } from '../storage/getWebStorage.ts'
import { createMemoryStorage } from '../storage/createMemoryStorage.ts'

/**
 * Who signed in last on this rpId, so a returning PIN or email user only types the PIN or the
 * code. Not a secret, and never more than these three fields.
 *
 * @example
 * const last = client.lastUser.get()
 * if (last?.authMethod === 'PIN_KDF') askPinFor(last.externalUserId)
 */
export type IbexLastUser = {
  externalUserId: string
  authMethod: string
  emailHint?: string | undefined
}

// The stored value, checked and reduced to the three fields (anything else is not used).
function readLastUser(value: unknown): IbexLastUser | null {
  if (!isRecord(value)) return null
  const { externalUserId, authMethod, emailHint } = value
  if (typeof externalUserId !== 'string' || externalUserId === '') return null
  if (typeof authMethod !== 'string') return null
  if (emailHint !== undefined && typeof emailHint !== 'string') return null
  return { externalUserId, authMethod, ...(emailHint === undefined ? {} : { emailHint }) }
}

/**
 * `client.lastUser`: read, replace or forget the last user. `get()` returns the same object
 * until it changes, so it works with `useSyncExternalStore`.
 *
 * @example
 * const last = useSyncExternalStore(client.lastUser.subscribe, client.lastUser.get, () => null)
 */
export type IbexLastUserStore = {
  get(): IbexLastUser | null
  /** Keeps only `externalUserId`, `authMethod` and `emailHint`. */
  set(user: IbexLastUser): void
  clear(): void
  subscribe(listener: () => void): () => void
}

/**
 * Creates the last-user memory. It lives in `localStorage` when the browser offers it, whatever
 * the session storage is (a memory session still wants the PIN user remembered), else in memory.
 *
 * @example
 * const lastUser = createLastUserStore('ibex:last-user:localhost@https://passkeys-testnet.ibex.fi')
 */
export function createLastUserStore(key: string): IbexLastUserStore {
  const storage = getWebStorage('localStorage') ?? createMemoryStorage()
  const listeners = new Set<() => void>()
  let current = read()

  function read(): IbexLastUser | null {
    try {
      const raw = storage.getItem(key)
      if (!raw) return null
      return readLastUser(JSON.parse(raw))
    } catch {
      return null
    }
  }

  function write(next: IbexLastUser | null) {
    current = next
    try {
      if (next) storage.setItem(key, JSON.stringify(next))
      else storage.removeItem(key)
    } catch {
      // A full or refused storage only costs the convenience; the value stays in memory.
    }
    for (const listener of listeners) listener()
  }

  return {
    get: () => current,
    set(user) {
      const { externalUserId, authMethod, emailHint } = user
      if (
        typeof externalUserId !== 'string' ||
        externalUserId === '' ||
        typeof authMethod !== 'string'
      ) {
        throw new IbexValidationError({
          code: 'validation/last-user-invalid',
          field: 'externalUserId',
          message: 'lastUser.set needs a non-empty `externalUserId` and an `authMethod`.',
        })
      }
      // Picked field by field: whatever else the caller's object holds is never stored.
      const next: IbexLastUser =
        typeof emailHint === 'string'
          ? { externalUserId, authMethod, emailHint }
          : { externalUserId, authMethod }
      if (JSON.stringify(next) !== JSON.stringify(current)) write(next)
    },
    clear: () => write(null),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
