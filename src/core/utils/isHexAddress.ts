import type { Address } from 'viem'

/**
 * Whether `value` has the shape of an EVM address: `0x` and 40 hex digits, any case. The
 * checksum of a mixed-case address is not checked: IBEx's own answers are trusted on that, and
 * the kit re-checksums them (`checksumAddress`). Addresses typed by a user go through viem's
 * strict `isAddress` instead.
 *
 * @example
 * isHexAddress('0xd8da6bf26964af9d7eed9e03e53415d37aa96045') // true
 */
export function isHexAddress(value: unknown): value is Address {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value)
}
