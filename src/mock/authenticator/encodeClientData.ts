import { bytesToBase64url } from '../../core/utils/base64.ts'
import { toBytes } from './toBytes.ts'

/**
 * `clientDataJSON` as a browser writes it (WebAuthn §5.8.1). The relying party hashes and parses
 * these exact bytes, so the key order and `crossOrigin: false` follow what browsers emit.
 *
 * @example
 * const clientDataJSON = encodeClientData('webauthn.get', challenge, 'http://localhost:5173')
 */
export function encodeClientData(
  type: 'webauthn.create' | 'webauthn.get',
  challenge: BufferSource,
  origin: string,
): Uint8Array<ArrayBuffer> {
  const json = JSON.stringify({
    type,
    challenge: bytesToBase64url(toBytes(challenge)),
    origin,
    crossOrigin: false,
  })
  return new TextEncoder().encode(json)
}
