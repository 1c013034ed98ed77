import { IbexValidationError } from '../errors/IbexValidationError.ts'

/** What the app accepts as a backup passphrase. */
export type PassphrasePolicy = {
  /**
   * Fewest characters (code points, after NFKC) when a backup is created. Opening a backup only
   * requires a non-empty passphrase, so raising it later never locks anyone out.
   * @default 8
   */
  minLength?: number | undefined
  /**
   * Lowest `passphraseStrength` score (0 to 4) accepted when a backup is created; below it,
   * `validation/passphrase-weak`. Whitespace-only passphrases and control characters are
   * refused whatever the score (`validation/passphrase-weak`,
   * `validation/passphrase-invalid-characters`). Opening a backup never checks it.
   * @default 2
   */
  minScore?: 0 | 1 | 2 | 3 | 4 | undefined
}

/** Longest accepted passphrase, in code points: generous, yet bounds the work per attempt. */
const MAX_LENGTH = 1024

/**
 * Checks a backup passphrase before any derivation. Refusals are `IbexValidationError`s on
 * field `passphrase`: `validation/passphrase-missing`, `validation/passphrase-too-short`,
 * `validation/passphrase-too-long`. Pair it with `passphraseStrength` for advice.
 *
 * @param passphrase - What the user typed.
 * @param policy - `minLength` (default 8); pass `{ minLength: 1 }` to open an existing backup.
 * @returns The passphrase, NFKC-normalised.
 * @example
 * validatePassphrase('correct horse battery staple') // ok
 * validatePassphrase('short') // throws validation/passphrase-too-short
 */
export function validatePassphrase(passphrase: unknown, policy: PassphrasePolicy = {}): string {
  const minLength = Math.max(1, policy.minLength ?? 8)
  if (typeof passphrase !== 'string' || passphrase.length === 0) {
    throw new IbexValidationError({
      code: 'validation/passphrase-missing',
      field: 'passphrase',
      message: 'Enter your passphrase.',
    })
  }
  const normalised = passphrase.normalize('NFKC')
  const length = [...normalised].length
  if (length < minLength) {
    throw new IbexValidationError({
      code: 'validation/passphrase-too-short',
      field: 'passphrase',
      message: `The passphrase needs at least ${minLength} characters.`,
    })
  }
  if (length > MAX_LENGTH) {
    throw new IbexValidationError({
      code: 'validation/passphrase-too-long',
      field: 'passphrase',
      message: `The passphrase has at most ${MAX_LENGTH} characters.`,
    })
  }
  return normalised
}
