import { encodeDerSignature } from './encodeDerSignature.ts'

/**
 * The assertion signature (WebAuthn §6.3.3): ES256 over
 * `authenticatorData ‖ SHA-256(clientDataJSON)`, DER-encoded because WebAuthn verifiers expect DER
 * while WebCrypto gives raw `r‖s`.
 *
 * @example
 * const signature = await signAssertion(credential.keyPair.privateKey, authData, clientDataJSON)
 */
export async function signAssertion(
  privateKey: CryptoKey,
  authenticatorData: Uint8Array,
  clientDataJSON: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const clientDataHash = new Uint8Array(await crypto.subtle.digest('SHA-256', clientDataJSON))
  const signed = new Uint8Array(authenticatorData.length + clientDataHash.length)
  signed.set(authenticatorData)
  signed.set(clientDataHash, authenticatorData.length)
  const raw = new Uint8Array(
    await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey, signed),
  )
  return encodeDerSignature(raw)
}
