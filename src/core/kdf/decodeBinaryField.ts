import { IbexValidationError, type IbexValidationErrorCode } from '../errors/IbexValidationError.ts'
import { decodeBinary } from '../protocol/binaryText.ts'
import type { IbexBinaryEncoding } from '../protocol/IbexProtocolProfile.ts'
import { base64ToBytes } from '../utils/base64.ts'

/**
 * Decodes a base64 field of the KDF or email materials (salt, IV, ciphertext) and checks its
 * length, so a malformed answer is refused before Argon2id runs.
 *
 * @param value - The field as received.
 * @param field - Its name, for the error (`salt`, `backupKdf.iv`).
 * @param bounds - Accepted byte lengths, inclusive.
 * @param code - The error code to throw with.
 * @param encoding - `hex` reads 0x-hex; otherwise base64 or base64url, padded or not.
 * @returns The bytes.
 * @example
 * const salt = decodeBinaryField(materials.salt, 'salt', { min: 8, max: 64 }, 'validation/kdf-malformed')
 */
export function decodeBinaryField(
  value: unknown,
  field: string,
  bounds: { min: number; max: number },
  code: IbexValidationErrorCode,
  encoding: IbexBinaryEncoding = 'base64',
): Uint8Array<ArrayBuffer> {
  let bytes: Uint8Array<ArrayBuffer> | undefined
  if (typeof value === 'string' && encoding === 'hex') {
    bytes = decodeBinary(value, 'hex')
  } else if (typeof value === 'string') {
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
      message: `\`${field}\` must be ${encoding === 'hex' ? 'hex' : 'base64'} of ${size} bytes.`,
      details: bytes ? `received ${bytes.length} bytes` : `not ${encoding} text`,
    })
  }
  return bytes
}
