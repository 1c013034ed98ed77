import {
  concat,
  getAddress,
  keccak256,
  numberToBytes,
  slice,
  stringToBytes,
  type Address,
} from 'viem'

/**
 * A counterfactual Safe address per chain (keys = chain ids as strings, docs/protocol.md),
 * derived from the signer so the same signer always gets the same Safes. Not a real CREATE2
 * computation: the mock only needs stable, distinct, checksummed addresses.
 */
export function deriveSafeAddresses(
  signer: Uint8Array,
  chainIds: readonly number[],
): Record<string, Address> {
  const out: Record<string, Address> = {}
  for (const chainId of chainIds) {
    const hash = keccak256(
      concat([stringToBytes('ibex-mock-safe|'), signer, numberToBytes(chainId)]),
    )
    out[String(chainId)] = getAddress(slice(hash, 12))
  }
  return out
}
