import { IbexValidationError, type IbexValidationErrorCode } from '../errors/IbexValidationError.ts'
import { passphraseStrength } from './passphraseStrength.ts'
import { validatePassphrase, type PassphrasePolicy } from './validatePassphrase.ts'

/** Default lowest strength score of a new backup passphrase. */
const DEFAULT_MIN_SCORE = 2

function refuse(code: IbexValidationErrorCode, message: string): never {
  throw new IbexValidationError({ code, field: 'passphrase', message })
}

/**
 * Checks a backup passphrase the user is choosing (email sign-up), before any derivation:
 * `validatePassphrase` (length), then `validation/passphrase-weak` for a whitespace-only
 * passphrase or one whose `passphraseStrength` score is under `minScore` (default 2), and
 * `validation/passphrase-invalid-characters` for control characters (NUL, line breaks, tabs …),
 * which no keyboard types the same way twice. The encrypted backup is released to whoever
 * receives the user's email code, so the passphrase is all that protects it.
 *
 * @param passphrase - What the user typed.
 * @param policy - `minLength` (default 8) and `minScore` (default 2).
 * @returns The passphrase, NFKC-normalised.
 * @example
 * validateNewPassphrase('copper-lantern-8264') // ok
 * validateNewPassphrase('password') // throws validation/passphrase-weak
 */
export function validateNewPassphrase(passphrase: unknown, policy: PassphrasePolicy = {}): string {
  const normalised = validatePassphrase(passphrase, policy)
  if (/^[\s\p{Z}]*$/u.test(normalised)) {
    refuse('validation/passphrase-weak', 'A passphrase needs more than spaces.')
  }
  if (/\p{Cc}/u.test(normalised)) {
    refuse(
      'validation/passphrase-invalid-characters',
      'The passphrase contains control characters (such as NUL, tab or line break).',
    )
  }
  const minScore = policy.minScore ?? DEFAULT_MIN_SCORE
  const { score } = passphraseStrength(normalised, policy.minLength ?? 8)
  if (score < minScore) {
    refuse(
      'validation/passphrase-weak',
      `This passphrase is too easy to guess (strength ${score} of 4, at least ${minScore} needed). Use a few unrelated words.`,
    )
  }
  return normalised
}
