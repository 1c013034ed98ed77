import type { QueryObserverOptions } from '@tanstack/query-core'
import { getPasskeySupport, type PasskeySupport } from '../core/webauthn/getPasskeySupport.ts'
import { ibexQueryKeys } from './ibexQueryKeys.ts'

/**
 * Query options that detect passkey support once per page: WebAuthn, a user-verifying platform
 * authenticator, and passkeys in autofill (conditional mediation). The answer never goes stale
 * and is shared by every component that asks. On a server it answers "unsupported".
 *
 * @example
 * const support = await queryClient.fetchQuery(passkeySupportQueryOptions())
 */
export function passkeySupportQueryOptions(): QueryObserverOptions<
  PasskeySupport,
  Error,
  PasskeySupport,
  PasskeySupport,
  ReturnType<typeof ibexQueryKeys.passkeySupport>
> {
  return {
    queryKey: ibexQueryKeys.passkeySupport(),
    queryFn: () => getPasskeySupport(),
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
  }
}
