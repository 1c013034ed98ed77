import { encodeBinary } from '../protocol/binaryText.ts'
import { defaultProtocolProfile } from '../protocol/defaultProtocolProfile.ts'
import type { IbexProtocolProfile } from '../protocol/IbexProtocolProfile.ts'

/**
 * A fresh proof `nonce` by `protocol.proof.nonce` (default 16 random bytes, base64url).
 *
 * @returns The nonce text (22 base64url characters by default).
 * @example
 * randomProofNonce() // 'q3Vb0m6-2bY8rQp1Jx7cAw'
 */
export function randomProofNonce(
  rule: IbexProtocolProfile['proof']['nonce'] = defaultProtocolProfile.proof.nonce,
): string {
  return encodeBinary(crypto.getRandomValues(new Uint8Array(rule.bytes)), rule.encoding)
}
