import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { decodeBinaryField } from '../kdf/decodeBinaryField.ts'
import type { IbexBinaryEncoding } from '../protocol/IbexProtocolProfile.ts'
import { KDF_SALT_BOUNDS, validateKdfParams, type KdfParams } from '../kdf/validateKdfParams.ts'

/** How an email backup was encrypted (docs/protocol.md). */
export type BackupKdf = KdfParams & {
  cipher: 'AES-256-GCM'
  /** 12 bytes, base64. */
  iv: string
}

/** The three backup fields of the email sign-up body and of the recover answer. */
export type EmailBackup = {
  /** AES-256-GCM ciphertext and tag of the 32 key bytes (48 bytes), base64. */
  encryptedPrivateKey: string
  /** 16 bytes, base64. */
  backupSalt: string
  backupKdf: BackupKdf
}

/**
 * Checks a backup from the server before any derivation: `backupKdf` within
 * `KDF_PARAMS_BOUNDS` (`validation/kdf-*` on `backupKdf.*`), cipher `AES-256-GCM`, and the
 * binary fields' lengths (`validation/backup-malformed`).
 *
 * @param backup - The recover answer's backup fields, unchecked.
 * @param encoding - Of the binary fields (`protocol.email.backup.encoding`); base64 or base64url by default.
 * @returns The parameters and decoded bytes.
 * @example
 * const { params, iv, salt, ciphertext } = decodeEmailBackup(recovered)
 */
export function decodeEmailBackup(
  backup: EmailBackup,
  encoding: IbexBinaryEncoding = 'base64',
): {
  params: KdfParams
  iv: Uint8Array<ArrayBuffer>
  salt: Uint8Array<ArrayBuffer>
  ciphertext: Uint8Array<ArrayBuffer>
} {
  const params = validateKdfParams(backup.backupKdf, 'backupKdf')
  const { cipher, iv } = backup.backupKdf as Partial<BackupKdf>
  if (cipher !== 'AES-256-GCM') {
    throw new IbexValidationError({
      code: 'validation/backup-unsupported',
      field: 'backupKdf.cipher',
      message: '`backupKdf.cipher` must be "AES-256-GCM".',
      details: `received ${JSON.stringify(cipher)}`,
    })
  }
  const code = 'validation/backup-malformed'
  return {
    params,
    iv: decodeBinaryField(iv, 'backupKdf.iv', { min: 12, max: 16 }, code, encoding),
    salt: decodeBinaryField(backup.backupSalt, 'backupSalt', KDF_SALT_BOUNDS, code, encoding),
    ciphertext: decodeBinaryField(
      backup.encryptedPrivateKey,
      'encryptedPrivateKey',
      { min: 48, max: 48 },
      code,
      encoding,
    ),
  }
}
