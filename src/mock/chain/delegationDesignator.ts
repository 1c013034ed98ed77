import { concatHex, type Address, type Hex } from 'viem'

/**
 * The code EIP-7702 gives an account that delegates to `address`: `0xef0100 ‖ address`.
 *
 * @example
 * delegationDesignator('0x7702000000000000000000000000000000005afe') // '0xef01007702…5afe'
 */
export function delegationDesignator(address: Address): Hex {
  return concatHex(['0xef0100', address.toLowerCase() as Hex])
}
