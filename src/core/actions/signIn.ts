import type { IbexClient } from '../client/IbexClient.ts'
import type {
  CeremonyOptions,
  CeremonyResult,
  SignInEnrichment,
} from '../ceremonies/CeremonyTypes.ts'
import type { Eip7702SignInParameters } from '../ceremonies/eip7702/signInWithWallet.ts'
import type { KdfSignInParameters } from '../ceremonies/kdf/signInWithPin.ts'
import type { PasskeySignInParameters } from '../ceremonies/passkeys/signInWithPasskey.ts'
import { unknownWallet } from '../ceremonies/unknownWallet.ts'
import { loadOnDemand } from '../utils/loadOnDemand.ts'

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
  // Every ceremony loads on first use (passkey components preload theirs on mount): the PIN,
  // email and wallet ones keep their crypto out of a passkey-only app, and none of them is part
  // of the initial bundle. Bad parameters are still refused before anything loads.
  switch (p?.wallet) {
    case undefined:
    case 'passkeys':
      if (p === null || typeof p !== 'object') throw unknownWallet(p)
      return (
        await loadOnDemand(
          'The passkey sign-in',
          () => import('../ceremonies/passkeys/signInWithPasskey.ts'),
        )
      ).signInWithPasskey(client, p, options)
    case 'kdf':
      return (
        await loadOnDemand('The PIN sign-in', () => import('../ceremonies/kdf/signInWithPin.ts'))
      ).signInWithPin(client, p, options)
    case 'email':
      return (
        await loadOnDemand('The email sign-in', () => import('../ceremonies/email/runEmailStep.ts'))
      ).runEmailStep(client, 'sign-in', p, options)
    case '7702':
      return (
        await loadOnDemand(
          'The wallet sign-in',
          () => import('../ceremonies/eip7702/signInWithWallet.ts'),
        )
      ).signInWithWallet(client, p, options)
    default:
      throw unknownWallet(p)
  }
}
