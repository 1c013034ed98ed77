import { isSecp256k1PrivateKey } from '../kdf/isSecp256k1PrivateKey.ts'

/**
 * A new secp256k1 private key as bytes (viem's `generatePrivateKey` returns a hex string, which
 * cannot be wiped). Redraws in the ~2^-128 case of a value outside [1, n - 1].
 *
 * @returns 32 secret bytes; the caller wipes them.
 * @example
 * const privateKey = randomPrivateKey()
 */
export function randomPrivateKey(): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(32)
  do crypto.getRandomValues(bytes)
  while (!isSecp256k1PrivateKey(bytes))
  return bytes
}
