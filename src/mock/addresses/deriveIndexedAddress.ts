import { getAddress, keccak256, sha256, slice, stringToBytes } from 'viem'
import { encodeBase58 } from './encodeBase58.ts'
import { encodeSegwitAddress } from './encodeSegwitAddress.ts'

/** The address families the mock derives (those of IBEx's examples). */
export const derivedFamilies = ['EVM', 'SOLANA', 'BITCOIN_P2WPKH'] as const

/**
 * A well-formed, stable stand-in for the address at `index` of a family, in a scope (`global`,
 * or a Safe address for per-Safe wallets), for one signer. Not IBEx's derivation.
 *
 * @example
 * deriveIndexedAddress('sid', 'global', 'EVM', 1) // '0x…'
 */
export function deriveIndexedAddress(
  signerId: string,
  scope: string,
  family: (typeof derivedFamilies)[number],
  index: number,
): string {
  const material = sha256(
    stringToBytes(`ibex-mock-derived|${signerId}|${scope}|${family}|${index}`),
    'bytes',
  )
  if (family === 'EVM') return getAddress(slice(keccak256(material), 12))
  if (family === 'SOLANA') return encodeBase58(material)
  return encodeSegwitAddress('bc', material.subarray(0, 20))
}
