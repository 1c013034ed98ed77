import { checksumAddress } from '../../core/utils/checksumAddress.ts'

/**
 * The problem of a typed recipient, as the kit's validation code, or `undefined` when it is a
 * usable address: 0x and 40 hex digits, a mixed-case address must match its EIP-55 checksum, and
 * it must not be the sender's own.
 *
 * @example
 * validateRecipient('0xd8da6bf26964af9d7eed9e03e53415d37aa96045', safe) // undefined
 */
export function validateRecipient(input: string, own: string | undefined): string | undefined {
  const address = input.trim()
  if (!/^0x[0-9a-fA-F]{40}$/.test(address)) return 'validation/address-invalid'
  const digits = address.slice(2)
  const mixed = digits !== digits.toLowerCase() && digits !== digits.toUpperCase()
  if (mixed && checksumAddress(address) !== address) return 'validation/address-checksum'
  if (own && own.toLowerCase() === address.toLowerCase()) return 'validation/address-self'
  return undefined
}
