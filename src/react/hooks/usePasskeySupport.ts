'use client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import type { PasskeySupport } from '../../core/webauthn/getPasskeySupport.ts'
import { passkeySupportQueryOptions } from '../../query/passkeySupportQueryOptions.ts'
import { useIbexContext } from '../internal/useIbexContext.ts'

/** Return type of {@link usePasskeySupport}: a query whose `data` is the support. */
export type UsePasskeySupportReturnType = UseQueryResult<PasskeySupport, Error>

/**
 * What this browser can do with passkeys: `webauthn`, a user-verifying `platformAuthenticator`
 * (Touch ID, Windows Hello, Android) and `conditionalMediation` (passkeys offered in a username
 * field's autofill). Detected once per page and shared; `data` is `undefined` while detecting
 * and on the server.
 *
 * @example
 * const { data: support } = usePasskeySupport()
 * if (support && !support.webauthn) return <PinSignIn />
 * return <PasskeyButton mode="sign-in" />
 */
export function usePasskeySupport(): UsePasskeySupportReturnType {
  const { queryClient } = useIbexContext('usePasskeySupport')
  return useQuery(passkeySupportQueryOptions(), queryClient)
}
