import { bytesToBase64url } from '../../core/utils/base64.ts'
import type { SeededKeyMaterial } from './seededKeyMaterial.ts'
import type { StoredCredential } from './StoredCredential.ts'
import { toBytes } from './toBytes.ts'

/**
 * A new resident ES256 credential for `user` on `rpId`, with the public key in the two forms the
 * attestation needs: raw (for the COSE key in authenticator data) and SPKI (`getPublicKey()`).
 *
 * @example
 * const { credential, publicKeyRaw, spki } = await createStoredCredential({
 *   rpId: 'localhost',
 *   user: { id: new Uint8Array([1]), name: 'ada', displayName: 'Ada' },
 * })
 */
export async function createStoredCredential(input: {
  rpId: string
  user: PublicKeyCredentialUserEntity
  /** Keys and id to use instead of random ones (a seeded authenticator's). */
  material?: SeededKeyMaterial | undefined
}): Promise<{ credential: StoredCredential; publicKeyRaw: Uint8Array; spki: ArrayBuffer }> {
  // Not extractable: as on a real authenticator, the private key can sign but never leave.
  const keyPair =
    input.material?.keyPair ??
    (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
      'sign',
      'verify',
    ]))
  const publicKeyRaw = new Uint8Array(await crypto.subtle.exportKey('raw', keyPair.publicKey))
  const spki = await crypto.subtle.exportKey('spki', keyPair.publicKey)
  const id = input.material?.id ?? crypto.getRandomValues(new Uint8Array(32))
  const credential: StoredCredential = {
    id,
    idText: bytesToBase64url(id),
    rpId: input.rpId,
    userHandle: toBytes(input.user.id),
    userName: input.user.name,
    keyPair,
    counter: 0,
    prfSecret: input.material?.prfSecret ?? crypto.getRandomValues(new Uint8Array(32)),
  }
  return { credential, publicKeyRaw, spki }
}
