/** The CBOR values the software authenticator writes: COSE keys and attestation objects. */
export type CborValue = number | string | Uint8Array | Map<number | string, CborValue>

function head(major: number, length: number): number[] {
  const type = major << 5
  if (length < 24) return [type | length]
  if (length < 0x100) return [type | 24, length]
  if (length < 0x10000) return [type | 25, length >> 8, length & 0xff]
  return [
    type | 26,
    (length >>> 24) & 0xff,
    (length >> 16) & 0xff,
    (length >> 8) & 0xff,
    length & 0xff,
  ]
}

function write(value: CborValue, out: number[]): void {
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value) || Math.abs(value) > 0xffffffff) {
      throw new RangeError(`encodeCbor writes 32-bit integers only, not ${value}`)
    }
    out.push(...(value >= 0 ? head(0, value) : head(1, -1 - value)))
  } else if (typeof value === 'string') {
    const bytes = new TextEncoder().encode(value)
    out.push(...head(3, bytes.length), ...bytes)
  } else if (value instanceof Uint8Array) {
    out.push(...head(2, value.length), ...value)
  } else {
    out.push(...head(5, value.size))
    for (const [key, item] of value) {
      write(key, out)
      write(item, out)
    }
  }
}

/**
 * Encodes the few CBOR shapes WebAuthn needs (RFC 8949: integers, text and byte strings, maps
 * in insertion order, as COSE and the attestation object expect). The mock writes CBOR and
 * never reads it (@simplewebauthn/server does), so a small encoder replaces a dependency.
 *
 * @example
 * encodeCbor(new Map([['fmt', 'none']])) // Uint8Array [0xa1, 0x63, 0x66, 0x6d, 0x74, 0x64, …]
 */
export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = []
  write(value, out)
  return Uint8Array.from(out)
}
