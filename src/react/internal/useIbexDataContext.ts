'use client'
import { useSyncExternalStore } from 'react'
import type { IbexSessionSnapshot } from '../../core/session/IbexSessionSnapshot.ts'
import type { IbexContextValue } from '../IbexContext.ts'
import { useIbexContext } from './useIbexContext.ts'

/**
 * The provider's client and QueryClient, plus the session, for a data hook: subscribing to the
 * session re-renders the hook when the user changes, so its options (built from
 * `client.session`) switch key, or disable themselves on sign-out.
 *
 * @example
 * const { client, queryClient } = useIbexDataContext('useBalances')
 */
export function useIbexDataContext(
  caller: string,
): IbexContextValue & { session: IbexSessionSnapshot } {
  const context = useIbexContext(caller)
  const { session } = context.client
  const snapshot = useSyncExternalStore(
    session.subscribe,
    session.getSnapshot,
    session.getServerSnapshot,
  )
  return { ...context, session: snapshot }
}
