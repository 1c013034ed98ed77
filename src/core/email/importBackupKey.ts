import { argon2idBytes } from '../kdf/argon2idBytes.ts'
import type { KdfParams } from '../kdf/validateKdfParams.ts'

/**
 * The AES-256-GCM key of an email backup: Argon2id of the passphrase, imported as a
 * non-extractable WebCrypto key; the raw Argon2id bytes are wiped at once.
 *
 * @param passphrase - Validated passphrase.
 * @param salt - `backupSalt` bytes.
 * @param params - Checked Argon2id parameters.
 * @param usage - `encrypt` when creating, `decrypt` when opening.
 * @returns The key.
 * @example
 * const key = await importBackupKey(passphrase, salt, params, 'decrypt')
 */
export async function importBackupKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const bytes = await argon2idBytes(passphrase, salt, params)
  try {
    return await crypto.subtle.importKey('raw', bytes, 'AES-GCM', false, [usage])
  } finally {
    bytes.fill(0)
  }
}
