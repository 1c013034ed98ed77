'use client'
import { useSyncExternalStore } from 'react'
import type { IbexSessionSnapshot } from '../../core/session/IbexSessionSnapshot.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Return type of {@link useSession}. */
export type UseSessionReturnType = IbexSessionSnapshot

/**
 * The session: `status` (`'loading' | 'signed-out' | 'signed-in'`), the signed-in `user`
 * (`externalUserId`, `authMethod`, `safeAddresses` by chain id, `eoaAddress`/`eoaAddresses`,
 * `chainId`, `hasPasskey`, `prfCapable`) and `expiresAt` (access-token expiry, ms since the
 * epoch). `loading` on the server and until stored sessions are read; tokens are never exposed.
 * Re-renders only when one of these changes, not on every token refresh.
 *
 * @example
 * const { status, user } = useSession()
 * if (status === 'loading') return <Spinner />
 * if (status === 'signed-out') return <PasskeyButton mode="sign-in" />
 * return <p>Safe on Arbitrum Sepolia: {user.safeAddresses['421614']}</p>
 */
export function useSession(): UseSessionReturnType {
  const { session } = useIbexContext('useSession').client
  return useSyncExternalStore(session.subscribe, session.getSnapshot, session.getServerSnapshot)
}
