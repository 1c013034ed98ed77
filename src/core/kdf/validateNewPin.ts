import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { isWeakPin } from './isWeakPin.ts'
import { validatePin, type PinPolicy } from './validatePin.ts'

/** Fewest digits of a PIN chosen at sign-up unless the app's `pinPolicy` says otherwise. */
const NEW_PIN_MIN_LENGTH = 6

/**
 * Checks a PIN the user is choosing (sign-up): `validatePin` with at least 6 characters by
 * default, then, unless `refuseWeak: false`, `validation/pin-weak` for a PIN attackers try
 * first (`isWeakPin`). Returns the NFKC form the KDF hashes.
 *
 * @param pin - What the user typed.
 * @param policy - The app's `pinPolicy`; `minLength` defaults to 6 here.
 * @returns The NFKC form of `pin`.
 * @example
 * validateNewPin('739164') // '739164'
 * validateNewPin('123456') // throws validation/pin-weak
 * validateNewPin('1234', { minLength: 4, refuseWeak: false }) // '1234'
 */
export function validateNewPin(pin: unknown, policy: PinPolicy = {}): string {
  const minLength = policy.minLength ?? NEW_PIN_MIN_LENGTH
  const normalised = validatePin(pin, {
    ...policy,
    minLength,
    // A policy that only caps the length below the new default keeps working.
    maxLength:
      policy.maxLength ?? (policy.digitsOnly === false ? undefined : Math.max(8, minLength)),
  })
  if (policy.refuseWeak !== false && isWeakPin(normalised)) {
    throw new IbexValidationError({
      code: 'validation/pin-weak',
      field: 'pin',
      message:
        'This PIN is too easy to guess. Avoid repeated digits, runs like 123456 and common PINs.',
    })
  }
  return normalised
}
