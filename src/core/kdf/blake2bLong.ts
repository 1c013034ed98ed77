import type { IHasher } from 'hash-wasm'

/**
 * Argon2's variable-length hash H' (RFC 9106 §3.3) of the concatenation of `parts`, written into
 * `out` (its length is T). Up to 64 bytes it is Blake2b with a T-byte digest of LE32(T) ‖ input;
 * beyond, a chain of Blake2b-512 whose first 32 bytes are kept, closed by one Blake2b of the
 * remaining length. The intermediate digests are wiped.
 *
 * @param out - Destination; its length is the output length T (4 .. 2^32 - 1).
 * @param parts - The input, in pieces (no concatenated copy is made).
 * @param hasher - Returns a hash-wasm Blake2b hasher with the given digest size in bytes; H' asks
 *   for 64 and, when T is not a multiple of 32 or is at most 64, for the remainder.
 * @example
 * blake2bLong(block, [h0, le32(0), le32(lane)], (bytes) => hashers.get(bytes)!)
 */
export function blake2bLong(
  out: Uint8Array,
  parts: readonly Uint8Array[],
  hasher: (digestBytes: number) => IHasher,
): void {
  const length = out.length
  const prefix = new Uint8Array(4)
  new DataView(prefix.buffer).setUint32(0, length, true)
  const hashOf = (bytes: number, inputs: readonly Uint8Array[]) => {
    const state = hasher(bytes).init()
    for (const input of inputs) state.update(input)
    return state.digest('binary')
  }
  if (length <= 64) {
    const digest = hashOf(length, [prefix, ...parts])
    out.set(digest)
    digest.fill(0)
    return
  }
  const chained = Math.ceil(length / 32) - 2
  let digest = hashOf(64, [prefix, ...parts])
  out.set(digest.subarray(0, 32))
  for (let i = 1; i < chained; i++) {
    const next = hashOf(64, [digest])
    digest.fill(0)
    digest = next
    out.set(digest.subarray(0, 32), 32 * i)
  }
  const last = hashOf(length - 32 * chained, [digest])
  digest.fill(0)
  out.set(last, 32 * chained)
  last.fill(0)
}
