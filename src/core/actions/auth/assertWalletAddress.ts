import * as v from 'valibot'
import type { Address } from 'viem'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { addressSchema } from '../../schemas/addressSchema.ts'

/**
 * Throws `IbexValidationError('validation/address-invalid')` unless `address` is an EVM address,
 * before any request is sent.
 *
 * @example
 * assertWalletAddress(parameters.address)
 */
export function assertWalletAddress(address: unknown): asserts address is Address {
  if (!v.is(addressSchema, address)) {
    throw new IbexValidationError({
      code: 'validation/address-invalid',
      field: 'address',
      message: 'The wallet address must be 0x followed by 40 hex digits.',
    })
  }
}
