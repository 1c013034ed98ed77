// The order n of secp256k1, big-endian. A private key must lie in [1, n - 1].
const ORDER = [
  0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xfe,
  0xba, 0xae, 0xdc, 0xe6, 0xaf, 0x48, 0xa0, 0x3b, 0xbf, 0xd2, 0x5e, 0x8c, 0xd0, 0x36, 0x41, 0x41,
]

/**
 * Whether 32 bytes are a valid secp256k1 private key (neither 0 nor ≥ n). Compared byte by byte
 * rather than through a bigint, which would be one more copy of the key that cannot be wiped.
 *
 * @param bytes - A candidate key, big-endian.
 * @returns `true` when 0 < key < n.
 * @example
 * isSecp256k1PrivateKey(new Uint8Array(32)) // false (zero)
 */
export function isSecp256k1PrivateKey(bytes: Uint8Array): boolean {
  if (bytes.length !== 32 || bytes.every((byte) => byte === 0)) return false
  for (let i = 0; i < 32; i++) {
    const byte = bytes[i] as number
    const limit = ORDER[i] as number
    if (byte !== limit) return byte < limit
  }
  return false
}
