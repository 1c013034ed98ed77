import type { Address } from 'viem'
import { IbexValidationError } from '../../errors/IbexValidationError.ts'
import { isHexAddress } from '../../utils/isHexAddress.ts'

/**
 * Refuses an address parameter of a read (`wallet`, `tokenAddress`) that is not an EVM address,
 * before any request: `IbexValidationError('validation/address-invalid')` naming `field`.
 * `undefined` passes.
 *
 * @example
 * assertAddressParameter(parameters.wallet, 'wallet')
 */
export function assertAddressParameter(
  value: unknown,
  field: string,
): asserts value is Address | undefined {
  if (value !== undefined && !isHexAddress(value)) {
    throw new IbexValidationError({
      code: 'validation/address-invalid',
      field,
      message: `\`${field}\` must be an address: 0x followed by 40 hex digits.`,
    })
  }
}
