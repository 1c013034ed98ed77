import { concat, getAddress, keccak256, sha256, slice, stringToBytes } from 'viem'
import { encodeBase58 } from './encodeBase58.ts'
import { encodeSegwitAddress } from './encodeSegwitAddress.ts'

/** One derived non-Safe address, as in `eoaAddresses`. */
export type MockEoaAddress = { type: string; address: string }

/**
 * The signer-global derived addresses of a passkey user (`EVM`, `SOLANA`, `BITCOIN_P2WPKH`, the
 * families of IBEx's example). Stand-ins derived from the signer: well-formed, stable, but not
 * the HKDF derivation of docs/protocol.md
 */
export function deriveEoaAddresses(signer: Uint8Array): MockEoaAddress[] {
  const material = (family: string) =>
    sha256(concat([stringToBytes(`ibex-mock-derivation|${family}|`), signer]), 'bytes')
  return [
    { type: 'EVM', address: getAddress(slice(keccak256(material('EVM')), 12)) },
    { type: 'SOLANA', address: encodeBase58(material('SOLANA')) },
    {
      type: 'BITCOIN_P2WPKH',
      address: encodeSegwitAddress('bc', material('BITCOIN').subarray(0, 20)),
    },
  ]
}
