import { postAuthAnswer } from '../../actions/auth/postAuthAnswer.ts'
import { requestAuthChallenge } from '../../actions/auth/requestAuthChallenge.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { authSessionResponseSchema } from '../../schemas/authSessionResponseSchema.ts'
import { passkeySignInChallengeSchema } from '../../schemas/passkeySignInChallengeSchema.ts'
import { getPasskeyAssertion } from '../../webauthn/getPasskeyAssertion.ts'
import type { CeremonyOptions, SignInEnrichment } from '../CeremonyTypes.ts'
import { finishSignIn, type SignedInResult } from '../finishSignIn.ts'
import { pickSignInExtras } from '../pickSignInExtras.ts'
import { passkeyCeremony } from './passkeyCeremony.ts'

/** Passkey sign-in (the default mode), with a discoverable credential. */
export type PasskeySignInParameters = {
  wallet?: 'passkeys' | undefined
  /**
   * `'conditional'`: offer the passkey in the autofill of an
   * `<input autocomplete="username webauthn">` instead of a modal prompt. The call then waits
   * for the user; abort it (or call `cancelPasskeyCeremony`) when the form goes away.
   */
  mediation?: 'conditional' | undefined
} & SignInEnrichment

/**
 * Passkey sign-in: GET the request options, let the user pick a passkey (modal or autofill),
 * POST the assertion; the session is then stored, and the enrichment asked for is returned
 * (polled until ready with `asyncData`).
 *
 * @example
 * const result = await signInWithPasskey(client, { includeBalance: true }, { signal })
 */
export async function signInWithPasskey(
  client: IbexClient,
  parameters: PasskeySignInParameters,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const { signal, onStep } = options
  const extras = pickSignInExtras(parameters)
  const mediation = parameters.mediation === 'conditional' ? 'conditional' : undefined
  return passkeyCeremony(signal, { conditional: mediation !== undefined }, async (prompt) => {
    onStep?.('challenge')
    // The two HTTP steps with the passkey schemas only (not the generic actions, which carry
    // every mode's): a passkey-only app downloads no PIN, email or 7702 code.
    const challenge = await requestAuthChallenge(
      client,
      { path: '/v1.2/auth/sign-in', signal },
      'passkeys',
      {},
      passkeySignInChallengeSchema,
    )
    onStep?.('authenticator')
    const credential = await prompt(() =>
      getPasskeyAssertion({ optionsJSON: challenge.options, mediation }),
    )
    onStep?.('verifying')
    const signedIn = await postAuthAnswer(
      client,
      { path: '/v1.2/auth/sign-in', chainId: extras.chainId ?? true },
      { wallet: 'passkeys', credential, ...extras },
      authSessionResponseSchema,
      { signal },
    )
    return finishSignIn(client, signedIn, extras, signal)
  })
}
