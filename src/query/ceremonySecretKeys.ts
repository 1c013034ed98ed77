/**
 * The fields of sign-up and sign-in variables that never reach TanStack's cache: the PIN (kdf),
 * the backup passphrase and the emailed code (a credential for as long as it is valid).
 *
 * @example
 * ibexMutationOptions(client, 'signUp', overrides, run, CEREMONY_SECRET_KEYS)
 */
export const CEREMONY_SECRET_KEYS = ['pin', 'passphrase', 'code'] as const
