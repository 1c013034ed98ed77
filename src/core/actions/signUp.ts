import type { IbexClient } from '../client/IbexClient.ts'
import type { CeremonyOptions, CeremonyResult } from '../ceremonies/CeremonyTypes.ts'
import type { Eip7702SignUpParameters } from '../ceremonies/eip7702/signUpWithWallet.ts'
import type { KdfSignUpParameters } from '../ceremonies/kdf/signUpWithPin.ts'
import type { PasskeySignUpParameters } from '../ceremonies/passkeys/signUpWithPasskey.ts'
import { unknownWallet } from '../ceremonies/unknownWallet.ts'
import { loadOnDemand } from '../utils/loadOnDemand.ts'
import type { PassphrasePolicy } from '../email/validatePassphrase.ts'

export type {
  CeremonyEnrichment,
  CeremonyOptions,
  CeremonyResult,
  CeremonyStep,
  Eip7702Signer,
} from '../ceremonies/CeremonyTypes.ts'

/**
 * What `signUp` takes, per mode. The email mode is three calls: the address (sends the code),
 * the code (verifies it), the passphrase (makes the key and its encrypted backup).
 *
 * @example
 * const steps: SignUpParameters[] = [{ wallet: 'email', email }, { wallet: 'email', code }, { wallet: 'email', passphrase }]
 */
export type SignUpParameters =
  | PasskeySignUpParameters
  | KdfSignUpParameters
  | { wallet: 'email'; email: string }
  | { wallet: 'email'; code: string }
  | {
      wallet: 'email'
      /** As typed; never stored, logged or returned. */
      passphrase: string
      /** Default: 8 characters or more. */
      passphrasePolicy?: PassphrasePolicy | undefined
    }
  | Eip7702SignUpParameters

/** Signed in, or (email) waiting for the code or the passphrase. */
export type SignUpReturnType = CeremonyResult

/**
 * Signs a new user up, the whole ceremony of the mode: passkey (default), PIN (`kdf`), email
 * (three calls) or external wallet (`7702`). Bad input is refused before any request; every
 * failure is an `IbexError` with a stable `code`; the session is stored on success. The PIN,
 * passphrase and keys are never stored, returned or put in an error.
 *
 * @example
 * const result = await signUp(client, { wallet: 'kdf', pin: '482916' }, { onStep: setStep })
 * if (result.status === 'signed-in') greet(result.user)
 */
export async function signUp(
  client: IbexClient,
  parameters: SignUpParameters,
  options: CeremonyOptions = {},
): Promise<SignUpReturnType> {
  const p: SignUpParameters | null | undefined = parameters
  // Every ceremony loads on first use (passkey components preload theirs on mount): the PIN,
  // email and wallet ones keep their crypto out of a passkey-only app, and none of them is part
  // of the initial bundle. Bad parameters are still refused before anything loads.
  switch (p?.wallet) {
    case undefined:
    case 'passkeys':
      if (p === null || typeof p !== 'object') throw unknownWallet(p)
      return (
        await loadOnDemand(
          'The passkey sign-up',
          () => import('../ceremonies/passkeys/signUpWithPasskey.ts'),
        )
      ).signUpWithPasskey(client, p, options)
    case 'kdf':
      return (
        await loadOnDemand('The PIN sign-up', () => import('../ceremonies/kdf/signUpWithPin.ts'))
      ).signUpWithPin(client, p, options)
    case 'email':
      return (
        await loadOnDemand('The email sign-up', () => import('../ceremonies/email/runEmailStep.ts'))
      ).runEmailStep(client, 'sign-up', p, options)
    case '7702':
      return (
        await loadOnDemand(
          'The wallet sign-up',
          () => import('../ceremonies/eip7702/signUpWithWallet.ts'),
        )
      ).signUpWithWallet(client, p, options)
    default:
      throw unknownWallet(p)
  }
}
