import type { IbexClient } from '../client/IbexClient.ts'
import type {
  CeremonyOptions,
  CeremonyResult,
  SignInEnrichment,
} from '../ceremonies/CeremonyTypes.ts'
import type { Eip7702SignInParameters } from '../ceremonies/eip7702/signInWithWallet.ts'
import type { KdfSignInParameters } from '../ceremonies/kdf/signInWithPin.ts'
import {
  signInWithPasskey,
  type PasskeySignInParameters,
} from '../ceremonies/passkeys/signInWithPasskey.ts'
import { unknownWallet } from '../ceremonies/unknownWallet.ts'

export type {
  CeremonyEnrichment,
  CeremonyOptions,
  CeremonyResult,
  CeremonyStep,
  Eip7702Signer,
  SignInEnrichment,
} from '../ceremonies/CeremonyTypes.ts'

/**
 * What `signIn` takes, per mode. The PIN and email modes default to `client.lastUser`; the email
 * mode is three calls: ask for a code, the code, the passphrase.
 *
 * @example
 * const params: SignInParameters = { wallet: 'kdf', pin, includeBalance: true }
 */
export type SignInParameters =
  | PasskeySignInParameters
  | KdfSignInParameters
  | {
      wallet: 'email'
      email?: string | undefined
      /** Default: `client.lastUser` when neither is given. */
      externalUserId?: string | undefined
    }
  | { wallet: 'email'; code: string }
  | ({
      wallet: 'email'
      /** As typed; never stored, logged or returned. */
      passphrase: string
    } & SignInEnrichment)
  | Eip7702SignInParameters

/** Signed in (with the enrichment asked for), or (email) waiting for the code or passphrase. */
export type SignInReturnType = CeremonyResult

/**
 * Signs a returning user in, the whole ceremony of the mode: passkey (default; `mediation:
 * 'conditional'` for autofill), PIN (`kdf`), email (three calls) or external wallet (`7702`).
 * Bad input is refused before any request; every failure is an `IbexError` with a stable
 * `code`; the session is stored on success; `includeBalance` … come back in `enrichment`
 * (polled until ready with `asyncData`).
 *
 * @example
 * const controller = new AbortController()
 * const result = await signIn(client, { includeBalance: true }, { signal: controller.signal })
 */
export async function signIn(
  client: IbexClient,
  parameters: SignInParameters,
  options: CeremonyOptions = {},
): Promise<SignInReturnType> {
  const p: SignInParameters | null | undefined = parameters
  // The PIN, email and wallet ceremonies load on first use, keeping them (and the crypto they
  // pull in) out of a passkey-only app's initial bundle.
  switch (p?.wallet) {
    case undefined:
    case 'passkeys':
      if (p === null || typeof p !== 'object') throw unknownWallet(p)
      return signInWithPasskey(client, p, options)
    case 'kdf':
      return (await import('../ceremonies/kdf/signInWithPin.ts')).signInWithPin(client, p, options)
    case 'email':
      return (await import('../ceremonies/email/runEmailStep.ts')).runEmailStep(
        client,
        'sign-in',
        p,
        options,
      )
    case '7702':
      return (await import('../ceremonies/eip7702/signInWithWallet.ts')).signInWithWallet(
        client,
        p,
        options,
      )
    default:
      throw unknownWallet(p)
  }
}
