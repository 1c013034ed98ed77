function derInteger(bytes: Uint8Array): number[] {
  let start = 0
  while (start < bytes.length - 1 && bytes[start] === 0) start++
  const value = Array.from(bytes.subarray(start))
  if ((value[0] ?? 0) & 0x80) value.unshift(0)
  return [0x02, value.length, ...value]
}

/**
 * An ECDSA signature as WebAuthn carries it (ASN.1 DER `SEQUENCE { r, s }`), from the raw
 * `r‖s` (IEEE P1363) that WebCrypto produces.
 *
 * @example
 * const der = encodeDerSignature(new Uint8Array(await crypto.subtle.sign(ecdsa, key, data)))
 */
export function encodeDerSignature(raw: Uint8Array): Uint8Array<ArrayBuffer> {
  const half = raw.length / 2
  const body = [...derInteger(raw.subarray(0, half)), ...derInteger(raw.subarray(half))]
  return new Uint8Array([0x30, body.length, ...body])
}
