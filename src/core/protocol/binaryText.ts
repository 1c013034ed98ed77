import { bytesToHex, hexToBytes, isHex } from 'viem'
import { base64ToBytes, bytesToBase64, bytesToBase64url } from '../utils/base64.ts'
import type { IbexBinaryEncoding } from './IbexProtocolProfile.ts'

/**
 * Writes bytes as text in one of the profile's encodings (`hex` is `0x`-prefixed).
 *
 * @example
 * encodeBinary(new Uint8Array([1, 2]), 'hex') // '0x0102'
 */
export function encodeBinary(bytes: Uint8Array, encoding: IbexBinaryEncoding): string {
  if (encoding === 'hex') return bytesToHex(bytes)
  return encoding === 'base64' ? bytesToBase64(bytes) : bytesToBase64url(bytes)
}

/**
 * Reads text written by {@link encodeBinary}, strictly in that encoding (so a server profile can
 * be told apart): `undefined` when the text is not in it.
 *
 * @example
 * decodeBinary('AQI=', 'base64') // Uint8Array [1, 2]
 */
export function decodeBinary(
  text: string,
  encoding: IbexBinaryEncoding,
): Uint8Array<ArrayBuffer> | undefined {
  if (encoding === 'hex') {
    return isHex(text) && text.length % 2 === 0
      ? (hexToBytes(text) as Uint8Array<ArrayBuffer>)
      : undefined
  }
  const alphabet = encoding === 'base64' ? /^[A-Za-z0-9+/]*={0,2}$/ : /^[A-Za-z0-9_-]*$/
  if (!alphabet.test(text)) return undefined
  try {
    return base64ToBytes(text)
  } catch {
    return undefined
  }
}
