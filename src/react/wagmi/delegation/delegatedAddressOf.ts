import { getAddress, type Address, type Hex } from 'viem'

/**
 * The contract an account's code delegates to, when the code is an EIP-7702 delegation
 * designator (`0xef0100 ‖ address`, 23 bytes); `undefined` for no code or other code.
 *
 * @example
 * delegatedAddressOf('0xef01007702000000000000000000000000000000005afe') // '0x7702…5AFE'
 */
export function delegatedAddressOf(code: Hex | undefined): Address | undefined {
  const lower = code?.toLowerCase()
  if (lower?.length !== 48 || !lower.startsWith('0xef0100')) return undefined
  return getAddress(`0x${lower.slice(8)}`)
}
