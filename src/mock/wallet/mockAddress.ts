import { getAddress, keccak256, slice, stringToHex, type Address } from 'viem'

/**
 * A stable made-up address for a mock-only contract or account (pools, bridge, faucet), from a
 * label, so that the catalogues need no hand-written hex.
 *
 * @example
 * mockAddress('aave-pool|421614') // always the same checksummed address
 */
export function mockAddress(label: string): Address {
  return getAddress(slice(keccak256(stringToHex(`ibex-mock|${label}`)), 12))
}
