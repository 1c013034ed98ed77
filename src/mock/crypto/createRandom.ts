import { sha256, stringToBytes } from 'viem'

/** The mock's source of ids, salts, challenges and codes. */
export type MockRandom = {
  /** `length` random bytes. */
  bytes(length: number): Uint8Array<ArrayBuffer>
  /** A version 4 UUID. */
  uuid(): string
  /** A string of `length` decimal digits (email codes). */
  digits(length: number): string
  /** A float in [0, 1) (fault injection). */
  float(): number
}

/**
 * A random source: WebCrypto `getRandomValues`, or, with a `seed`, a deterministic stream
 * (SHA-256 of `seed:counter`) so that tests and screenshots get the same ids on every run.
 */
export function createRandom(seed?: string | number): MockRandom {
  let counter = 0
  const bytes = (length: number): Uint8Array<ArrayBuffer> => {
    const out = new Uint8Array(length)
    if (seed === undefined) return crypto.getRandomValues(out)
    for (let offset = 0; offset < length; offset += 32) {
      const block = sha256(stringToBytes(`${seed}:${counter++}`), 'bytes')
      out.set(block.subarray(0, Math.min(32, length - offset)), offset)
    }
    return out
  }
  return {
    bytes,
    uuid() {
      const b = bytes(16)
      b[6] = ((b[6] ?? 0) & 0x0f) | 0x40
      b[8] = ((b[8] ?? 0) & 0x3f) | 0x80
      const hex = Array.from(b, (byte) => byte.toString(16).padStart(2, '0')).join('')
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    },
    digits(length) {
      // 4 bytes per digit keep the modulo bias negligible.
      const b = bytes(length * 4)
      const view = new DataView(b.buffer)
      let out = ''
      for (let i = 0; i < length; i++) out += String(view.getUint32(i * 4) % 10)
      return out
    },
    float() {
      return new DataView(bytes(4).buffer).getUint32(0) / 2 ** 32
    },
  }
}
