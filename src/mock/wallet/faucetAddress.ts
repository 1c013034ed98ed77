import { getAddress, keccak256, stringToHex, type Address } from 'viem'

/**
 * A full address from the abbreviated form of docs/protocol.md (`0x18e632ae…58cc`): the
 * documented prefix and suffix are kept and the hidden middle is filled with keccak256(symbol),
 * so the address is stable and recognisable but NOT the real testnet contract.
 *
 * @example
 * faucetAddress('0x18e632ae', '58cc', 'EUR-IBEX') // 0x18E632aE…58cC
 */
export function faucetAddress(prefix: string, suffix: string, symbol: string): Address {
  const middleLength = 42 - prefix.length - suffix.length
  const middle = keccak256(stringToHex(symbol)).slice(2, 2 + middleLength)
  return getAddress(`${prefix}${middle}${suffix}`)
}
