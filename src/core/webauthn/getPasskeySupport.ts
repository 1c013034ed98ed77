import { browserSupportsWebAuthn, browserSupportsWebAuthnAutofill } from '@simplewebauthn/browser'

/** What this browser can do with passkeys. */
export type PasskeySupport = {
  /** WebAuthn exists at all. */
  webauthn: boolean
  /** A user-verifying platform authenticator (Touch ID, Windows Hello, Android) is available. */
  platformAuthenticator: boolean
  /** Passkeys can be offered in input autofill (conditional mediation). */
  conditionalMediation: boolean
}

const unsupported: PasskeySupport = {
  webauthn: false,
  platformAuthenticator: false,
  conditionalMediation: false,
}

/**
 * Detects passkey support. Safe to call on the server (answers "unsupported").
 *
 * @example
 * const { platformAuthenticator } = await getPasskeySupport()
 */
export async function getPasskeySupport(): Promise<PasskeySupport> {
  if (typeof window === 'undefined' || !browserSupportsWebAuthn()) return unsupported
  const [platformAuthenticator, conditionalMediation] = await Promise.all([
    PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable?.().catch(() => false) ??
      false,
    browserSupportsWebAuthnAutofill().catch(() => false),
  ])
  return { webauthn: true, platformAuthenticator, conditionalMediation }
}

/**
 * Whether passkeys can be used here at all (WebAuthn plus a platform authenticator or hybrid
 * transport). Safe to call on the server.
 *
 * @example
 * if (await browserSupportsPasskeys()) showPasskeyButton()
 */
export async function browserSupportsPasskeys(): Promise<boolean> {
  const support = await getPasskeySupport()
  return support.webauthn && (support.platformAuthenticator || support.conditionalMediation)
}
