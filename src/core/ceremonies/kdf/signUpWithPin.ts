import { getSignUpChallenge } from '../../actions/auth/getSignUpChallenge.ts'
import { submitSignUp } from '../../actions/auth/submitSignUp.ts'
import type { IbexClient } from '../../client/IbexClient.ts'
import { validateNewPin } from '../../kdf/validateNewPin.ts'
import type { PinPolicy } from '../../kdf/validatePin.ts'
import type { CeremonyOptions } from '../CeremonyTypes.ts'
import type { SignedInResult } from '../finishSignIn.ts'
import { provePin } from './provePin.ts'

/** PIN (KDF) sign-up. */
export type KdfSignUpParameters = {
  wallet: 'kdf'
  /** As typed; checked against `pinPolicy`, never stored, logged or returned. */
  pin: string
  /**
   * Default: 6 to 8 digits, weak PINs (`123456`, `111111`, the most frequent ones) refused with
   * `validation/pin-weak`. Pass the same policy at sign-in.
   */
  pinPolicy?: PinPolicy | undefined
}

/**
 * PIN sign-up: checks the PIN (6 digits or more, not a weak one, by default), GETs the materials (a new user and salt), derives the key and
 * signs the proof (about a second, in a worker), POSTs it; the session is then stored and
 * `client.lastUser` remembers the user for the next PIN sign-in.
 *
 * @example
 * const { user } = await signUpWithPin(client, { wallet: 'kdf', pin: '482916' }, { onStep })
 */
export async function signUpWithPin(
  client: IbexClient,
  parameters: KdfSignUpParameters,
  options: CeremonyOptions = {},
): Promise<SignedInResult> {
  const { signal, onStep } = options
  validateNewPin(parameters.pin, parameters.pinPolicy)
  onStep?.('challenge')
  const materials = await getSignUpChallenge(client, { wallet: 'kdf' }, { signal })
  onStep?.('authenticator')
  const body = await provePin(client, {
    pin: parameters.pin,
    pinPolicy: parameters.pinPolicy,
    materials,
    signal,
  })
  onStep?.('verifying')
  const { user } = await submitSignUp(client, { wallet: 'kdf', ...body }, { signal })
  return { status: 'signed-in', user }
}
