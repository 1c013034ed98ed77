import { encodeCbor, type CborValue } from './encodeCbor.ts'

/**
 * The CBOR attestation object of 'none' attestation (WebAuthn §8.7): `fmt`, an empty `attStmt`
 * and the authenticator data. 'none' is what synced passkeys give, so verifiers must accept it.
 *
 * @example
 * const attestationObject = encodeAttestationObject(authenticatorData)
 */
export function encodeAttestationObject(authenticatorData: Uint8Array): Uint8Array {
  return encodeCbor(
    new Map<string, CborValue>([
      ['fmt', 'none'],
      ['attStmt', new Map<string, CborValue>()],
      ['authData', authenticatorData],
    ]),
  )
}
