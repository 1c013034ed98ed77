import type { BackupKdf, EmailBackup } from '../../email/decodeEmailBackup.ts'
import { IbexResponseError } from '../../errors/IbexResponseError.ts'
import type { EmailRecoverResponse } from '../../schemas/emailRecoverResponseSchema.ts'

/**
 * The encrypted key backup of a sign-in `/email/recover` answer; an `IbexResponseError` naming
 * the missing field when IBEx sent none.
 *
 * @example
 * const backup = recoveredBackup(recovered) // { encryptedPrivateKey, backupSalt, backupKdf }
 */
export function recoveredBackup(recovered: EmailRecoverResponse): EmailBackup {
  const { encryptedPrivateKey, backupSalt, backupKdf } = recovered
  const missing = !encryptedPrivateKey
    ? 'encryptedPrivateKey'
    : !backupSalt
      ? 'backupSalt'
      : !backupKdf
        ? 'backupKdf'
        : undefined
  if (missing || !encryptedPrivateKey || !backupSalt || !backupKdf) {
    throw new IbexResponseError({
      endpoint: 'POST /v1.2/auth/email/recover',
      field: missing,
      reason: 'A signed-up email user needs the encrypted key backup to sign in.',
    })
  }
  // `algo` and `cipher` are checked by the signer (decodeEmailBackup) before any derivation.
  return { encryptedPrivateKey, backupSalt, backupKdf: backupKdf as BackupKdf }
}
