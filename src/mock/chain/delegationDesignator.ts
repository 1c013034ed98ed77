import { concatHex, getAddress, type Address, type Hex } from 'viem'

const PREFIX = '0xef0100'

/**
 * The code EIP-7702 gives a delegated account: `0xef0100 ‖ address`; and back, the address a
 * code delegates to (or `undefined`).
 *
 * @example
 * delegationDesignator('0x7702…5afe') // '0xef01007702…5afe'
 */
export function delegationDesignator(address: Address): Hex {
  return concatHex([PREFIX, address.toLowerCase() as Hex])
}

/** The address `code` delegates to, when it is a delegation designator. */
export function delegatedAddressOf(code: Hex): Address | undefined {
  const lower = code.toLowerCase()
  if (lower.length !== 48 || !lower.startsWith(PREFIX)) return undefined
  return getAddress(`0x${lower.slice(8)}`)
}
