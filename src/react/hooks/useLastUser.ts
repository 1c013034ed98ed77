'use client'
import { useSyncExternalStore } from 'react'
import type { IbexLastUser } from '../../core/session/createLastUserStore.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Return type of {@link useLastUser}. */
export type UseLastUserReturnType = IbexLastUser | null

const noUser = (): null => null

/**
 * Who signed in last on this rpId (`client.lastUser`): `externalUserId`, `authMethod`
 * (`'EMAIL'`, `'PIN_KDF'` …) and, for an email user, the masked `emailHint`; `null` when nobody
 * has, and on the server. Re-renders when it changes (a sign-in, `client.lastUser.clear()`). Not
 * a secret, and not a session: a signed-out returning user is still remembered.
 *
 * @example
 * const last = useLastUser()
 * if (last?.authMethod.startsWith('EMAIL')) return <p>Welcome back, {last.emailHint}</p>
 */
export function useLastUser(): UseLastUserReturnType {
  const { lastUser } = useIbexContext('useLastUser').client
  return useSyncExternalStore(lastUser.subscribe, lastUser.get, noUser)
}
