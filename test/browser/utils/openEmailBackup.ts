import { decodeEmailBackup, type EmailBackup } from '../../../src/core/email/decodeEmailBackup.ts'
import { importBackupKey } from '../../../src/core/email/importBackupKey.ts'

/**
 * The private key inside an email user's encrypted backup (the sign-up body), opened here with
 * the passphrase, so a journey can look for it where it must not be.
 *
 * @example
 * const privateKey = await openEmailBackup(JSON.parse(signUp.body), PASSPHRASE)
 */
export async function openEmailBackup(
  backup: EmailBackup,
  passphrase: string,
): Promise<Uint8Array> {
  const { params, iv, salt, ciphertext } = decodeEmailBackup(backup)
  const key = await importBackupKey(passphrase.normalize('NFKC'), salt, params, 'decrypt')
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, ciphertext))
}
