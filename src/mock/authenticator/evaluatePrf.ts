import { hmacSha256 } from '../crypto/hmacSha256.ts'
import { toBytes } from './toBytes.ts'

/**
 * PRF output as a CTAP2 hmac-secret authenticator computes it: HMAC-SHA256 with the credential's
 * secret over SHA-256("WebAuthn PRF" ‖ 0x00 ‖ input). Deterministic per credential and input.
 *
 * @example
 * const first = await evaluatePrf(credential.prfSecret, salt) // 32 bytes, same for the same salt
 */
export async function evaluatePrf(
  secret: Uint8Array<ArrayBuffer>,
  input: BufferSource,
): Promise<ArrayBuffer> {
  const prefix = new TextEncoder().encode('WebAuthn PRF\u0000')
  const bytes = toBytes(input)
  const salted = new Uint8Array(prefix.length + bytes.length)
  salted.set(prefix)
  salted.set(bytes, prefix.length)
  const salt = new Uint8Array(await crypto.subtle.digest('SHA-256', salted))
  return (await hmacSha256(secret, salt)).buffer
}
