import { IbexValidationError, type IbexValidationErrorCode } from '../errors/IbexValidationError.ts'

/**
 * What the app accepts as a PIN. The defaults fit a numeric PIN pad. A PIN key can be attacked
 * offline (README "Security"), so a new PIN (sign-up) needs 6 digits and must not be weak; an
 * existing one (sign-in, signing) is accepted from 4 digits so that nobody is locked out.
 */
export type PinPolicy = {
  /**
   * Fewest characters (after NFKC). Values under 4 are refused.
   * @default 6 when the PIN is chosen (sign-up), 4 when it is entered (sign-in, operations)
   */
  minLength?: number | undefined
  /**
   * Most characters (after NFKC).
   * @default 8 when `digitsOnly`, else 256
   */
  maxLength?: number | undefined
  /**
   * Only the digits 0-9 (after NFKC, so full-width digits typed with an IME count). Turn it off
   * to use the KDF mode with a password: the derivation itself takes any NFKC text.
   * @default true
   */
  digitsOnly?: boolean | undefined
  /**
   * At sign-up, refuse the PINs attackers try first (`validation/pin-weak`): one repeated digit,
   * runs such as `123456` or `654321`, repeated blocks, and the most frequent PINs of published
   * PIN-frequency studies (see `isWeakPin`). Not applied when a PIN is entered.
   * @default true
   */
  refuseWeak?: boolean | undefined
}

const FLOOR = 4

function refuse(code: IbexValidationErrorCode, message: string): never {
  throw new IbexValidationError({ code, field: 'pin', message })
}

/**
 * Checks a PIN before any derivation and returns it NFKC-normalised, the form the KDF hashes
 * (docs/protocol.md). Refusals are `IbexValidationError`s on field `pin`:
 * `validation/pin-missing`, `validation/pin-not-digits`, `validation/pin-too-short`,
 * `validation/pin-too-long`; a policy below the floor of 4 is `validation/pin-policy-invalid`.
 *
 * @param pin - What the user typed.
 * @param policy - Length and alphabet; defaults to 4 to 8 digits.
 * @returns The NFKC form of `pin`.
 * @example
 * validatePin('123456') // '123456'
 * validatePin('１２３４５６') // '123456' (full-width digits)
 * validatePin('12', { minLength: 6 }) // throws validation/pin-too-short
 */
export function validatePin(pin: unknown, policy: PinPolicy = {}): string {
  const digitsOnly = policy.digitsOnly ?? true
  const minLength = policy.minLength ?? FLOOR
  const maxLength = policy.maxLength ?? (digitsOnly ? 8 : 256)
  if (
    !Number.isInteger(minLength) ||
    !Number.isInteger(maxLength) ||
    minLength < FLOOR ||
    maxLength < minLength
  ) {
    throw new IbexValidationError({
      code: 'validation/pin-policy-invalid',
      field: 'pinPolicy',
      message: `The PIN policy needs integer lengths with ${FLOOR} ≤ minLength ≤ maxLength.`,
    })
  }
  if (typeof pin !== 'string' || pin.length === 0) refuse('validation/pin-missing', 'Enter a PIN.')
  const normalised = pin.normalize('NFKC')
  if (digitsOnly && !/^[0-9]+$/.test(normalised)) {
    refuse('validation/pin-not-digits', 'The PIN must contain only digits.')
  }
  // Length in code points, so an emoji in a password counts once.
  const length = [...normalised].length
  const unit = digitsOnly ? 'digits' : 'characters'
  if (length < minLength) {
    refuse('validation/pin-too-short', `The PIN needs at least ${minLength} ${unit}.`)
  }
  if (length > maxLength)
    refuse('validation/pin-too-long', `The PIN has at most ${maxLength} ${unit}.`)
  return normalised
}
