import { IbexWebAuthnError } from '../errors/IbexWebAuthnError.ts'
import { assertWebAuthnSupported } from '../webauthn/assertWebAuthnSupported.ts'
import { cancelPasskeyCeremony } from '../webauthn/cancelPasskeyCeremony.ts'
import { getPasskeyAssertion } from '../webauthn/getPasskeyAssertion.ts'
import type { OperationSigner } from './OperationSigner.ts'

/**
 * Passkey users: a WebAuthn assertion over the intent's challenge, the base64url `userOpHash`
 * (docs/protocol.md "Operations"). A browser without WebAuthn is refused up front
 * (`webauthn/unsupported`); closing the prompt is `webauthn/cancelled`, and aborting the run
 * closes it (`webauthn/aborted`).
 *
 * @example
 * const { credential } = await passkeyOperationSigner().sign(intent, signal)
 */
export function passkeyOperationSigner(): OperationSigner {
  assertWebAuthnSupported()
  return {
    async sign(intent, signal) {
      if (signal?.aborted) {
        throw new IbexWebAuthnError({
          code: 'webauthn/aborted',
          message: 'The operation was cancelled before the passkey prompt opened.',
          cause: signal.reason,
        })
      }
      const onAbort = () => cancelPasskeyCeremony()
      signal?.addEventListener('abort', onAbort, { once: true })
      try {
        return { credential: await getPasskeyAssertion({ optionsJSON: intent.options }) }
      } finally {
        signal?.removeEventListener('abort', onAbort)
      }
    },
  }
}
