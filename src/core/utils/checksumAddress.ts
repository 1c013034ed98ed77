import type { Address } from 'viem'
import { keccak256 } from './keccak256.ts'

/**
 * The EIP-55 mixed-case form of an EVM address, the one form the kit hands out: IBEx sends
 * checksummed addresses in most places and lowercase ones in others (docs/protocol.md), and apps
 * compare them with `===`. Same result as viem's `getAddress`, without its weight in the initial
 * bundle. The caller has already checked the shape (`0x` and 40 hex digits, any case).
 *
 * @param address - `0x` and 40 hex digits.
 * @returns The checksummed address.
 * @example
 * checksumAddress('0xd8da6bf26964af9d7eed9e03e53415d37aa96045') // '0xd8dA6BF26964aF9D7eEd9e03E53415D37aA96045'
 */
export function checksumAddress(address: string): Address {
  const hex = address.slice(2).toLowerCase()
  const hash = keccak256(new TextEncoder().encode(hex))
  let out = '0x'
  for (let i = 0; i < 40; i++) {
    const nibble = ((hash[i >> 1] as number) >> (i % 2 ? 0 : 4)) & 0xf
    out += nibble >= 8 ? (hex[i] as string).toUpperCase() : hex[i]
  }
  return out as Address
}
