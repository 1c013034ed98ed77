import { keccak256, numberToHex, stringToHex, type Hex } from 'viem'

/**
 * The (made-up, stable) hash of block `number` of chain `chainId`.
 *
 * @example
 * blockHashOf(11155111, 1n)
 */
export function blockHashOf(chainId: number, number: bigint): Hex {
  return keccak256(stringToHex(`ibex-mock-block:${chainId}:${numberToHex(number)}`))
}
