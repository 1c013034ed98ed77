import { IbexWebAuthnError } from '../../errors/IbexWebAuthnError.ts'
import { cancelPasskeyCeremony } from '../../webauthn/cancelPasskeyCeremony.ts'
import { getPasskeySupport } from '../../webauthn/getPasskeySupport.ts'
import { toIbexWebAuthnError } from '../../webauthn/toIbexWebAuthnError.ts'

/** Runs the device step of a passkey ceremony; an abort of the ceremony closes the prompt. */
export type PasskeyPrompt = <T>(start: () => Promise<T>) => Promise<T>

/**
 * The frame of a passkey sign-up or sign-in: refuses an unsupported browser before any request
 * (`webauthn/unsupported`), closes the browser prompt when `signal` aborts, and turns whatever an
 * aborted ceremony threw (request, prompt or POST) into `webauthn/aborted`.
 *
 * @example
 * return passkeyCeremony(signal, { conditional: false }, async (prompt) => {
 *   const challenge = await getSignInChallenge(client, { wallet: 'passkeys' }, { signal })
 *   const credential = await prompt(() => getPasskeyAssertion({ optionsJSON: challenge.options }))
 *   ...
 * })
 */
export async function passkeyCeremony<T>(
  signal: AbortSignal | undefined,
  requirements: { conditional: boolean },
  run: (prompt: PasskeyPrompt) => Promise<T>,
): Promise<T> {
  try {
    if (signal?.aborted) throw signal.reason
    const support = await getPasskeySupport()
    const missing = !support.webauthn
      ? 'WebAuthn is not available here.'
      : requirements.conditional && !support.conditionalMediation
        ? 'Passkey autofill (conditional mediation) is not available here.'
        : undefined
    // Mapped like the browser's own NotSupportedError, so the code and message are the usual ones.
    if (missing) throw toIbexWebAuthnError(new DOMException(missing, 'NotSupportedError'))
    return await run(async (start) => {
      if (signal?.aborted) throw signal.reason
      // The abort service is global: listen only while this ceremony owns the prompt.
      const onAbort = () => cancelPasskeyCeremony()
      signal?.addEventListener('abort', onAbort, { once: true })
      try {
        return await start()
      } finally {
        signal?.removeEventListener('abort', onAbort)
      }
    })
  } catch (error) {
    if (signal?.aborted) {
      throw new IbexWebAuthnError({
        code: 'webauthn/aborted',
        message: 'The passkey ceremony was aborted.',
        cause: error,
      })
    }
    throw error
  }
}
