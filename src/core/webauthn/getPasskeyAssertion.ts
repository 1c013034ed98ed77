import {
  startAuthentication,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
} from '@simplewebauthn/browser'
import { assertWebAuthnSupported } from './assertWebAuthnSupported.ts'
import { decodePrfInputs } from './decodePrfInputs.ts'
import { stripPrfOutput } from './stripPrfOutput.ts'
import { toIbexWebAuthnError } from './toIbexWebAuthnError.ts'

export type GetPasskeyAssertionParameters = {
  /** Request options as IBEx sent them (sign-in GET, or a Safe operation's challenge). */
  optionsJSON: PublicKeyCredentialRequestOptionsJSON
  /**
   * `'conditional'` offers the passkey in the autofill of an input with
   * `autocomplete="username webauthn"` instead of a modal prompt.
   */
  mediation?: 'conditional' | undefined
  now?: () => number
}

/**
 * Runs `navigator.credentials.get()` with IBEx's request options and returns the JSON assertion
 * with PRF output removed. Only one ceremony runs at a time: starting another aborts this one
 * (see `cancelPasskeyCeremony`).
 *
 * @example
 * const assertion = await getPasskeyAssertion({ optionsJSON: challenge.credentialRequestOptions })
 */
export async function getPasskeyAssertion(
  parameters: GetPasskeyAssertionParameters,
): Promise<AuthenticationResponseJSON> {
  const { optionsJSON, mediation, now = Date.now } = parameters
  assertWebAuthnSupported()
  const startedAt = now()
  try {
    const assertion = await startAuthentication({
      optionsJSON: { ...optionsJSON, extensions: decodePrfInputs(optionsJSON.extensions) },
      useBrowserAutofill: mediation === 'conditional',
    })
    return {
      ...assertion,
      clientExtensionResults: stripPrfOutput(assertion.clientExtensionResults).results,
    }
  } catch (error) {
    throw toIbexWebAuthnError(error, { startedAt, endedAt: now(), timeoutMs: optionsJSON.timeout })
  }
}
