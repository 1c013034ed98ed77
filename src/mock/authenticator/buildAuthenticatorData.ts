import { encodeCbor } from './encodeCbor.ts'
import { algorithmEs256 } from './algorithmEs256.ts'

/** Flags of authenticator data (WebAuthn §6.1). */
const flags = { up: 0x01, uv: 0x04, be: 0x08, bs: 0x10, at: 0x40 } as const

/**
 * Authenticator data as a synced passkey writes it (WebAuthn §6.1): rpIdHash, flags (UP, UV?, BE,
 * BS, AT?), counter and, at registration, the attested credential id and COSE key. BE and BS are
 * set because the passkeys it stands in for (iCloud Keychain, Google Password Manager) are synced.
 *
 * @example
 * const authData = await buildAuthenticatorData({ rpId, userVerified: true, counter: 1 })
 */
export async function buildAuthenticatorData(input: {
  rpId: string
  userVerified: boolean
  counter: number
  attested?: { credentialId: Uint8Array; publicKeyRaw: Uint8Array }
}): Promise<Uint8Array<ArrayBuffer>> {
  const rpIdHash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', new TextEncoder().encode(input.rpId)),
  )
  let flagByte = flags.up | flags.be | flags.bs
  if (input.userVerified) flagByte |= flags.uv
  if (input.attested) flagByte |= flags.at
  const head = new Uint8Array(37)
  head.set(rpIdHash)
  head[32] = flagByte
  new DataView(head.buffer).setUint32(33, input.counter)
  if (!input.attested) return head
  const { credentialId, publicKeyRaw } = input.attested
  // COSE_Key of an ES256 P-256 key: kty EC2, alg -7, crv P-256, x, y.
  const coseKey = encodeCbor(
    new Map<number, number | Uint8Array>([
      [1, 2],
      [3, algorithmEs256],
      [-1, 1],
      [-2, publicKeyRaw.slice(1, 33)],
      [-3, publicKeyRaw.slice(33, 65)],
    ]),
  )
  const out = new Uint8Array(37 + 16 + 2 + credentialId.length + coseKey.length)
  out.set(head)
  // AAGUID stays 16 zero bytes, as for 'none' attestation.
  new DataView(out.buffer).setUint16(53, credentialId.length)
  out.set(credentialId, 55)
  out.set(coseKey, 55 + credentialId.length)
  return out
}
