import type { Address } from 'viem'
import { IbexValidationError } from '../errors/IbexValidationError.ts'
import { checksumAddress } from '../utils/checksumAddress.ts'

const HEX_ADDRESS = /^0x[0-9a-fA-F]{40}$/

/**
 * An address as a person typed or pasted it: `0x` and 40 hex digits (spaces around it
 * ignored); when it mixes cases its EIP-55 checksum must hold, since a wrong one means a typo.
 * Returns it checksummed. Refusals name `field`: `validation/address-invalid`,
 * `validation/address-checksum`.
 *
 * @example
 * parseAddressInput('0xd8da6bf26964af9d7eed9e03e53415d37aa96045', 'to') // '0xd8dA6BF2…'
 */
export function parseAddressInput(value: unknown, field: string): Address {
  const text = typeof value === 'string' ? value.trim() : ''
  if (!HEX_ADDRESS.test(text)) {
    throw new IbexValidationError({
      code: 'validation/address-invalid',
      field,
      message: `\`${field}\` must be an address: 0x followed by 40 hex digits.`,
    })
  }
  const hex = text.slice(2)
  // EIP-55: an address in one case carries no checksum; only a mixed-case one is checked.
  const singleCase = hex === hex.toLowerCase() || hex === hex.toUpperCase()
  // The kit's own EIP-55 checksum (viem's would bring its Keccak-256 into every operation).
  if (!singleCase && checksumAddress(text) !== text) {
    throw new IbexValidationError({
      code: 'validation/address-checksum',
      field,
      message: `\`${field}\` has a wrong checksum (its upper and lower case letters do not match): check it for a typo.`,
    })
  }
  return checksumAddress(text)
}
