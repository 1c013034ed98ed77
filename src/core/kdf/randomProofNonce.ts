import { bytesToBase64url } from '../utils/base64.ts'

/**
 * A fresh proof `nonce`: 16 random bytes, base64url (docs/protocol.md).
 *
 * @returns 22 base64url characters.
 * @example
 * randomProofNonce() // 'q3Vb0m6-2bY8rQp1Jx7cAw'
 */
export function randomProofNonce(): string {
  return bytesToBase64url(crypto.getRandomValues(new Uint8Array(16)))
}
