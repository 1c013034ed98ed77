// PKCS#8 of a P-256 private key without its public key (RFC 5915 ECPrivateKey, version 1, the
// named curve in the algorithm): the 32-byte scalar follows this prefix. WebCrypto computes the
// public key on import.
const PKCS8_P256_PREFIX = new Uint8Array([
  0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
  0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x27, 0x30, 0x25, 0x02, 0x01,
  0x01, 0x04, 0x20,
])

async function sha256(text: string): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))
}

/** What a seeded credential is made of (see {@link seededKeyMaterial}). */
export type SeededKeyMaterial = {
  keyPair: CryptoKeyPair
  id: Uint8Array<ArrayBuffer>
  prfSecret: Uint8Array<ArrayBuffer>
}

/**
 * The key pair, credential id and PRF secret of the `index`-th credential of a seeded software
 * authenticator: the same for the same seed and index, every run (so a story's Safe address,
 * derived from the public key, and its identicon do not change between screenshots). The private
 * key is the SHA-256 of the seed and index, its top bit cleared to stay below the curve order;
 * it is imported not extractable, as a generated one is.
 *
 * @example
 * const { keyPair } = await seededKeyMaterial('storybook', 0)
 */
export async function seededKeyMaterial(seed: string, index: number): Promise<SeededKeyMaterial> {
  const scalar = await sha256(`${seed}:key:${index}`)
  scalar[0] = (scalar[0] ?? 0) & 0x7f
  const pkcs8 = new Uint8Array(PKCS8_P256_PREFIX.length + scalar.length)
  pkcs8.set(PKCS8_P256_PREFIX)
  pkcs8.set(scalar, PKCS8_P256_PREFIX.length)
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256' }
  // Extractable for one step: the public half is read from its JWK, then both halves are
  // imported again, the private one not extractable.
  const extractable = await crypto.subtle.importKey('pkcs8', pkcs8, algorithm, true, ['sign'])
  const { kty, crv, x, y, d } = await crypto.subtle.exportKey('jwk', extractable)
  const privateKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, algorithm, false, [
    'sign',
  ])
  const publicKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y }, algorithm, true, [
    'verify',
  ])
  return {
    keyPair: { privateKey, publicKey },
    id: await sha256(`${seed}:id:${index}`),
    prfSecret: await sha256(`${seed}:prf:${index}`),
  }
}
