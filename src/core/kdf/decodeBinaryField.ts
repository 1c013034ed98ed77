import { IbexValidationError, type IbexValidationErrorCode } from '../errors/IbexValidationError.ts'
import { base64ToBytes } from '../utils/base64.ts'

/**
 * Decodes a base64 field of the KDF or email materials (salt, IV, ciphertext) and checks its
 * length, so a malformed answer is refused before Argon2id runs.
 *
 * @param value - The field as received.
 * @param field - Its name, for the error (`salt`, `backupKdf.iv`).
 * @param bounds - Accepted byte lengths, inclusive.
 * @param code - The error code to throw with.
 * @returns The bytes.
 * @example
 * const salt = decodeBinaryField(materials.salt, 'salt', { min: 8, max: 64 }, 'validation/kdf-malformed')
 */
export function decodeBinaryField(
  value: unknown,
  field: string,
  bounds: { min: number; max: number },
  code: IbexValidationErrorCode,
): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer> | undefined
  if (typeof value === 'string') {
    try {
      bytes = base64ToBytes(value)
    } catch {
      bytes = undefined
    }
  }
  if (!bytes || bytes.length < bounds.min || bytes.length > bounds.max) {
    const size = bounds.min === bounds.max ? `${bounds.min}` : `${bounds.min} to ${bounds.max}`
    throw new IbexValidationError({
      code,
      field,
      message: `\`${field}\` must be base64 of ${size} bytes.`,
      details: bytes ? `received ${bytes.length} bytes` : 'not base64 text',
    })
  }
  return bytes
}
