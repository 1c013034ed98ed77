import { getSignInChallenge } from '../../actions/auth/getSignInChallenge.ts'
import { submitSignIn } from '../../actions/auth/submitSignIn.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { IbexRefusalError } from '../../errors/IbexRefusalError.ts'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { validatePin, type PinPolicy } from '../../kdf/validatePin.ts'
import type { CeremonyOptions, SignInEnrichment } from '../CeremonyTypes.ts'
import { finishSignIn, type SignedInResult } from '../finishSignIn.ts'
import { mapServerRefusal } from '../mapServerRefusal.ts'
import { pickSignInExtras } from '../pickSignInExtras.ts'
import { resolveExternalUserId } from '../resolveExternalUserId.ts'
import { pinThrottle } from './pinThrottle.ts'
import { provePin } from './provePin.ts'

/** PIN (KDF) sign-in. */
export type KdfSignInParameters = {
  wallet: 'kdf'
  /** As typed; never stored, logged or returned. */
  pin: string
  /** Default: `client.lastUser` when it signed in with a PIN. */
  externalUserId?: string | undefined
  /** Default: 4 to 8 digits. */
  pinPolicy?: PinPolicy | undefined
} & SignInEnrichment

function isWrongPin(error: unknown): boolean {
  return error instanceof IbexValidationError && error.code === 'validation/pin-wrong'
}

/**
 * PIN sign-in: checks the PIN and the throttle, GETs fresh materials, derives the key and signs
 * the proof (in a worker), POSTs it. A wrong PIN is `validation/pin-wrong` on field `pin`; from
 * the 3rd in a row the next attempt waits (`IbexPinThrottledError`, `validation/pin-throttled`,
 * with `retryAt`). Each attempt uses fresh, single-use materials.
 *
 * @example
 * const result = await signInWithPin(client, { wallet: 'kdf', pin, includeBalance: true })
 */
export async function signInWithPin(
  client: IbexClient,
  parameters: KdfSignInParameters,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const { signal, onStep } = options
  const extras = pickSignInExtras(parameters)
  validatePin(parameters.pin, parameters.pinPolicy)
  const externalUserId = resolveExternalUserId(client, parameters.externalUserId, 'kdf')
  pinThrottle.assertAllowed(client, externalUserId)
  onStep?.('challenge')
  const materials = await getSignInChallenge(client, { wallet: 'kdf', externalUserId }, { signal })
  onStep?.('authenticator')
  let body
  try {
    body = await provePin(client, {
      pin: parameters.pin,
      pinPolicy: parameters.pinPolicy,
      materials,
      signal,
    })
  } catch (error) {
    // Only when the signer knows the bound key; today IBEx does not send it, so IBEx decides.
    if (isWrongPin(error)) pinThrottle.recordFailure(client, externalUserId)
    throw error
  }
  onStep?.('verifying')
  let signedIn
  try {
    signedIn = await submitSignIn(client, { wallet: 'kdf', ...body, ...extras }, { signal })
  } catch (error) {
    throw mapServerRefusal(error, {
      SIGNER_MISMATCH: (refusal) => {
        pinThrottle.recordFailure(client, externalUserId)
        return new IbexRefusalError({
          code: 'validation/pin-wrong',
          field: 'pin',
          message: 'This PIN does not open this account.',
          refusal,
        })
      },
    })
  }
  pinThrottle.reset(client, externalUserId)
  return finishSignIn(client, signedIn, extras, signal)
}
