import { browserSupportsWebAuthn } from '@simplewebauthn/browser'
import { IbexWebAuthnError } from '../errors/IbexWebAuthnError.ts'

/**
 * Refuses a ceremony up front where WebAuthn does not exist (old browsers, some webviews, SSR),
 * so the caller gets `webauthn/unsupported` instead of a TypeError.
 *
 * @example
 * assertWebAuthnSupported()
 */
export function assertWebAuthnSupported(): void {
  if (!browserSupportsWebAuthn()) {
    throw new IbexWebAuthnError({
      code: 'webauthn/unsupported',
      message: 'This browser or device does not support passkeys.',
    })
  }
}
