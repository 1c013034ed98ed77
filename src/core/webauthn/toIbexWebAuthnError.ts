import { WebAuthnError } from '@simplewebauthn/browser'
import { IbexWebAuthnError } from '../errors/IbexWebAuthnError.ts'

/** How long the ceremony ran and the timeout it was given, to tell a timeout from a cancel. */
export type CeremonyTiming = { startedAt: number; endedAt: number; timeoutMs: number | undefined }

const messages = {
  cancelled: 'The passkey prompt was closed or refused.',
  timeout: 'The passkey prompt timed out before the user answered.',
  'invalid-rp':
    'This page is not allowed to use passkeys for this rpId: the rpId must equal the page host or be a registrable suffix of it.',
  unsupported: 'This browser or device does not support passkeys.',
  'credential-excluded': 'A passkey for this account already exists on this authenticator.',
  aborted: 'The passkey prompt was cancelled because another one started or the page moved on.',
  'not-allowed': 'The browser did not allow the passkey prompt (the page may not be focused).',
  unknown: 'The authenticator could not complete the passkey ceremony.',
} as const

// An IPv4 address, or an IPv6 one (`location.hostname` keeps its brackets).
const IP_ADDRESS = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i

/** The invalid-rp message, naming the fix when the page is on an IP address. */
function invalidRpMessage(pageHost: string | undefined): string {
  if (pageHost === undefined || !IP_ADDRESS.test(pageHost)) return messages['invalid-rp']
  return `Passkeys do not work on an IP address: this page is on ${pageHost}, and browsers only accept a domain as the WebAuthn rpId. Open it on localhost instead (e.g. http://localhost:5173 rather than http://127.0.0.1:5173).`
}

function nameOf(error: unknown): string | undefined {
  return error instanceof Error ||
    (typeof DOMException !== 'undefined' && error instanceof DOMException)
    ? (error as Error).name
    : undefined
}

/**
 * Maps what `navigator.credentials.create/get` (or @simplewebauthn/browser around them) threw to an
 * {@link IbexWebAuthnError} with a stable code. Browsers report both "user closed the prompt" and
 * "the prompt timed out" as `NotAllowedError`, so the elapsed time decides between the two.
 * `webauthn/invalid-rp` on a page served from an IP address (`127.0.0.1`) says to use
 * `localhost`: browsers never accept an IP address as rpId.
 *
 * @example
 * try { await startAuthentication(...) } catch (e) { throw toIbexWebAuthnError(e, timing) }
 */
export function toIbexWebAuthnError(
  error: unknown,
  timing?: CeremonyTiming,
  pageHost: string | undefined = globalThis.location?.hostname,
): IbexWebAuthnError {
  if (error instanceof IbexWebAuthnError) return error
  const swaCode = error instanceof WebAuthnError ? error.code : undefined
  const name = nameOf(error instanceof WebAuthnError ? error.cause : error) ?? nameOf(error)
  const make = (code: keyof typeof messages) =>
    new IbexWebAuthnError({
      code: `webauthn/${code}`,
      message: code === 'invalid-rp' ? invalidRpMessage(pageHost) : messages[code],
      cause: error,
    })

  if (swaCode === 'ERROR_CEREMONY_ABORTED' || name === 'AbortError') return make('aborted')
  if (
    swaCode === 'ERROR_INVALID_RP_ID' ||
    swaCode === 'ERROR_INVALID_DOMAIN' ||
    name === 'SecurityError'
  )
    return make('invalid-rp')
  if (swaCode === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED' || name === 'InvalidStateError')
    return make('credential-excluded')
  if (
    name === 'NotSupportedError' ||
    swaCode === 'ERROR_AUTHENTICATOR_NO_SUPPORTED_PUBKEYCREDPARAMS_ALG' ||
    swaCode === 'ERROR_AUTHENTICATOR_MISSING_DISCOVERABLE_CREDENTIAL_SUPPORT' ||
    swaCode === 'ERROR_AUTHENTICATOR_MISSING_USER_VERIFICATION_SUPPORT' ||
    (error instanceof Error && /not supported in this browser/i.test(error.message))
  )
    return make('unsupported')
  if (name === 'NotAllowedError') {
    if (
      timing?.timeoutMs !== undefined &&
      timing.endedAt - timing.startedAt >= timing.timeoutMs * 0.95
    )
      return make('timeout')
    if (error instanceof Error && /focus|permission|policy/i.test(error.message))
      return make('not-allowed')
    return make('cancelled')
  }
  return make('unknown')
}
