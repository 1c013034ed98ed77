import { WebAuthnAbortService } from '@simplewebauthn/browser'

/**
 * Aborts the passkey ceremony in progress, if any (e.g. a conditional-UI sign-in waiting in the
 * background when its component unmounts). The aborted call rejects with `webauthn/aborted`.
 *
 * @example
 * useEffect(() => () => cancelPasskeyCeremony(), [])
 */
export function cancelPasskeyCeremony(): void {
  WebAuthnAbortService.cancelCeremony()
}
