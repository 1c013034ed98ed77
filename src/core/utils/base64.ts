// Binary <-> text for the wire: WebAuthn fields are base64url without padding (docs/protocol.md),
// KDF salts and backups are standard base64. Decoding accepts both alphabets, with or without
// padding, because IBEx examples mix them (docs/protocol.md).

/**
 * Encodes bytes as base64url without padding.
 *
 * @example
 * bytesToBase64url(new Uint8Array([251, 255])) // '-_8'
 */
export function bytesToBase64url(bytes: Uint8Array): string {
  return bytesToBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/**
 * Encodes bytes as standard base64 with padding.
 *
 * @example
 * bytesToBase64(new Uint8Array([1, 1])) // 'AQE='
 */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}

/**
 * Decodes base64 or base64url, padded or not. Throws `TypeError` on other characters.
 *
 * @example
 * base64ToBytes('AQEBAQEBAQEBAQEBAQEBAQ==') // Uint8Array(16) of 0x01
 */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  const normalised = text.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '')
  if (!/^[A-Za-z0-9+/]*$/.test(normalised) || normalised.length % 4 === 1) {
    throw new TypeError('Not base64 or base64url text.')
  }
  const binary = atob(normalised + '='.repeat((4 - (normalised.length % 4)) % 4))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
