import type { Hex } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'

/**
 * Checks that `userOpHash` is 32 bytes of 0x-hex before the PIN or passphrase is worked on.
 *
 * @param value - The hash returned by `POST /safes/operations`.
 * @returns The same hash, typed.
 * @example
 * validateUserOpHash('0x12') // throws validation/user-op-hash-malformed
 */
export function validateUserOpHash(value: unknown): Hex {
  if (typeof value !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(value)) {
    throw new IbexValidationError({
      code: 'validation/user-op-hash-malformed',
      field: 'userOpHash',
      message: '`userOpHash` must be 32 bytes of 0x-prefixed hex.',
    })
  }
  return value as Hex
}
