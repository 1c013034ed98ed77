import type { PrivateKeyAccount } from 'viem/accounts'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { withSecp256k1Account } from '../kdf/withSecp256k1Account.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'
import { decodeEmailBackup, type EmailBackup } from './decodeEmailBackup.ts'
import { importBackupKey } from './importBackupKey.ts'
import { validatePassphrase } from './validatePassphrase.ts'

/**
 * Opens an email backup and runs `sign` with its account; the clear key is wiped afterwards.
 * The backup is checked before Argon2id runs. A wrong passphrase fails the GCM tag, as does a
 * ciphertext altered in transit; both are `validation/passphrase-wrong` on field `passphrase`,
 * raised before any request.
 *
 * @param passphrase - As typed.
 * @param backup - `encryptedPrivateKey`, `backupSalt`, `backupKdf` from the recover answer.
 * @param sign - What to sign.
 * @param protocol - Whose `email.backup.encoding` the binary fields are read in.
 * @returns What `sign` returns.
 * @example
 * await withEmailBackupAccount(passphrase, recovered, (account) => signUserOpHashWith(account, hash))
 */
export async function withEmailBackupAccount<T>(
  passphrase: string,
  backup: EmailBackup,
  sign: (account: PrivateKeyAccount) => Promise<T>,
  protocol?: IbexProtocolProfile | undefined,
): Promise<T> {
  // Any non-empty passphrase may open a backup: the creation policy may have changed since.
  const normalised = validatePassphrase(passphrase, { minLength: 1 })
  const { params, iv, salt, ciphertext } = decodeEmailBackup(
    backup,
    protocol?.email.backup.encoding,
  )
  const key = await importBackupKey(normalised, salt, params, 'decrypt')
  let privateKey: Uint8Array
  try {
    privateKey = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext),
    )
  } catch {
    throw new IbexValidationError({
      code: 'validation/passphrase-wrong',
      field: 'passphrase',
      message: 'This passphrase does not open the backup.',
      details: 'AES-GCM authentication failed: wrong passphrase, or a backup altered in transit.',
    })
  }
  return withSecp256k1Account(privateKey, sign)
}
