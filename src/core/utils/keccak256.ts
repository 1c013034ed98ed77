// Keccak-f[1600] on 32-bit halves (JS has no fast 64-bit integers). The round constants and the
// rho/pi tables are derived at load from the spec's generators (FIPS 202 §3.2) instead of being
// listed, which keeps the module small.
const ROUND_LO = new Uint32Array(24)
const ROUND_HI = new Uint32Array(24)
const RHO = new Uint8Array(24)
const PI = new Uint8Array(24)
{
  let lfsr = 1
  for (let round = 0; round < 24; round++) {
    for (let j = 0; j < 7; j++) {
      // rc(t): the LFSR x^8 + x^6 + x^5 + x^4 + 1; bit 2^j - 1 of the constant gets its output.
      if (lfsr & 1) {
        const bit = (1 << j) - 1
        if (bit < 32) ROUND_LO[round] = (ROUND_LO[round] as number) ^ (1 << bit)
        else ROUND_HI[round] = (ROUND_HI[round] as number) ^ (1 << (bit - 32))
      }
      lfsr = lfsr & 0x80 ? ((lfsr << 1) ^ 0x71) & 0xff : lfsr << 1
    }
  }
  let x = 1
  let y = 0
  for (let t = 0; t < 24; t++) {
    RHO[t] = (((t + 1) * (t + 2)) / 2) % 64
    ;[x, y] = [y, (2 * x + 3 * y) % 5]
    PI[t] = x + 5 * y
  }
}

function permute(state: Uint32Array): void {
  const c = new Uint32Array(10)
  for (let round = 0; round < 24; round++) {
    // θ
    for (let x = 0; x < 5; x++) {
      for (let half = 0; half < 2; half++) {
        const i = 2 * x + half
        c[i] =
          (state[i] as number) ^
          (state[i + 10] as number) ^
          (state[i + 20] as number) ^
          (state[i + 30] as number) ^
          (state[i + 40] as number)
      }
    }
    for (let x = 0; x < 5; x++) {
      const left = 2 * ((x + 4) % 5)
      const right = 2 * ((x + 1) % 5)
      const rLo = c[right] as number
      const rHi = c[right + 1] as number
      const dLo = (c[left] as number) ^ ((rLo << 1) | (rHi >>> 31))
      const dHi = (c[left + 1] as number) ^ ((rHi << 1) | (rLo >>> 31))
      for (let y = 0; y < 25; y += 5) {
        state[2 * (x + y)] = (state[2 * (x + y)] as number) ^ dLo
        state[2 * (x + y) + 1] = (state[2 * (x + y) + 1] as number) ^ dHi
      }
    }
    // ρ and π together: walk the lanes along π, rotating each into the next one's place.
    let lo = state[2] as number
    let hi = state[3] as number
    for (let t = 0; t < 24; t++) {
      const to = 2 * (PI[t] as number)
      const nextLo = state[to] as number
      const nextHi = state[to + 1] as number
      const n = RHO[t] as number
      const [a, b] = n >= 32 ? [hi, lo] : [lo, hi]
      const s = n % 32
      state[to] = s ? (a << s) | (b >>> (32 - s)) : a
      state[to + 1] = s ? (b << s) | (a >>> (32 - s)) : b
      lo = nextLo
      hi = nextHi
    }
    // χ
    for (let y = 0; y < 50; y += 10) {
      for (let x = 0; x < 10; x++) c[x] = state[y + x] as number
      for (let x = 0; x < 10; x++) {
        state[y + x] =
          (c[x] as number) ^ (~(c[(x + 2) % 10] as number) & (c[(x + 4) % 10] as number))
      }
    }
    // ι
    state[0] = (state[0] as number) ^ (ROUND_LO[round] as number)
    state[1] = (state[1] as number) ^ (ROUND_HI[round] as number)
  }
}

/**
 * Keccak-256 (the pre-standard padding Ethereum uses, not SHA3-256). Small rather than fast: the
 * kit hashes 40 characters with it to checksum addresses (EIP-55) without loading viem's
 * hashing into the initial bundle, and a signed message's EIP-191 hash for an operation's
 * summary; signing code uses viem.
 *
 * @param data - Bytes to hash.
 * @returns The 32-byte digest.
 * @example
 * keccak256(new TextEncoder().encode('')) // c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470
 */
export function keccak256(data: Uint8Array): Uint8Array {
  const rate = 136
  const state = new Uint32Array(50)
  const bytes = new Uint8Array(state.buffer)
  const padded = new Uint8Array((Math.floor(data.length / rate) + 1) * rate)
  padded.set(data)
  padded[data.length] = 0x01
  padded[padded.length - 1] = (padded[padded.length - 1] as number) | 0x80
  for (let offset = 0; offset < padded.length; offset += rate) {
    // Lanes are little-endian 64-bit words; a Uint32Array view matches that on every platform
    // JS runs on (all little-endian), and the pairs (lo, hi) are the word's halves.
    for (let i = 0; i < rate; i++) {
      bytes[i] = (bytes[i] as number) ^ (padded[offset + i] as number)
    }
    permute(state)
  }
  return bytes.slice(0, 32)
}
