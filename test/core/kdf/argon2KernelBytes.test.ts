import { describe, expect, test } from 'vitest'
import { ARGON2_KERNEL_LAYOUT } from '../../../src/core/kdf/ARGON2_KERNEL_LAYOUT.ts'
import { argon2KernelBytes } from '../../../src/core/kdf/argon2KernelBytes.ts'
import type { Argon2KernelExports } from '../../../src/core/kdf/argon2KernelBytes.ts'

// Argon2's G straight from RFC 9106 §3.5–3.6, on BigInt u64: the oracle for the SIMD kernel.
const MASK = (1n << 64n) - 1n
const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & MASK
const blaMka = (x: bigint, y: bigint) => (x + y + 2n * (x & 0xffffffffn) * (y & 0xffffffffn)) & MASK
function gb(v: bigint[], a: number, b: number, c: number, d: number) {
  const at = (i: number) => v[i] as bigint
  v[a] = blaMka(at(a), at(b))
  v[d] = rotr(at(d) ^ at(a), 32n)
  v[c] = blaMka(at(c), at(d))
  v[b] = rotr(at(b) ^ at(c), 24n)
  v[a] = blaMka(at(a), at(b))
  v[d] = rotr(at(d) ^ at(a), 16n)
  v[c] = blaMka(at(c), at(d))
  v[b] = rotr(at(b) ^ at(c), 63n)
}
function permute(block: bigint[], indices: number[]) {
  const v = indices.map((i) => block[i] as bigint)
  for (const [a, b, c, d] of [
    [0, 4, 8, 12],
    [1, 5, 9, 13],
    [2, 6, 10, 14],
    [3, 7, 11, 15],
    [0, 5, 10, 15],
    [1, 6, 11, 12],
    [2, 7, 8, 13],
    [3, 4, 9, 14],
  ] as const) {
    gb(v, a, b, c, d)
  }
  indices.forEach((index, k) => (block[index] = v[k] as bigint))
}
function referenceG(x: bigint[], y: bigint[], old: bigint[] | undefined): bigint[] {
  const r = x.map((word, i) => word ^ (y[i] as bigint))
  const q = [...r]
  for (let i = 0; i < 8; i++)
    permute(
      q,
      Array.from({ length: 16 }, (_, k) => 16 * i + k),
    )
  for (let i = 0; i < 8; i++) {
    permute(
      q,
      Array.from({ length: 16 }, (_, k) => 2 * i + (k & 1) + 16 * (k >> 1)),
    )
  }
  return q.map((word, i) => word ^ (r[i] as bigint) ^ (old ? (old[i] as bigint) : 0n))
}

async function kernel() {
  const memory = new WebAssembly.Memory({ initial: 1 })
  const { instance } = await WebAssembly.instantiate(argon2KernelBytes(), { env: { memory } })
  const words = new BigUint64Array(memory.buffer)
  const block = (offset: number) => [...words.subarray(offset / 8, offset / 8 + 128)]
  const fill = (offset: number) =>
    crypto.getRandomValues(words.subarray(offset / 8, offset / 8 + 128))
  return { exports: instance.exports as unknown as Argon2KernelExports, block, fill }
}

const { firstBlock } = ARGON2_KERNEL_LAYOUT
const [PREV, REF, OUT] = [firstBlock, firstBlock + 1024, firstBlock + 2048]

describe('argon2KernelBytes', () => {
  test('default: a valid module, built once', () => {
    expect(WebAssembly.validate(argon2KernelBytes())).toBe(true)
    expect(argon2KernelBytes()).toBe(argon2KernelBytes())
  })

  test('default: compress is G on random blocks (first pass: out overwritten)', async () => {
    const { exports, block, fill } = await kernel()
    for (let run = 0; run < 4; run++) {
      ;[PREV, REF, OUT].forEach(fill)
      const expected = referenceG(block(PREV), block(REF), undefined)
      exports.compress(PREV, REF, OUT, 0)
      expect(block(OUT)).toEqual(expected)
    }
  })

  test('behavior: with xor, compress XORs G into the old block (version 0x13, later passes)', async () => {
    const { exports, block, fill } = await kernel()
    ;[PREV, REF, OUT].forEach(fill)
    const expected = referenceG(block(PREV), block(REF), block(OUT))
    exports.compress(PREV, REF, OUT, 1)
    expect(block(OUT)).toEqual(expected)
  })

  test('behavior: out may be ref, as address generation needs (G(0, address) → address)', async () => {
    const { exports, block, fill } = await kernel()
    ;[PREV, REF].forEach(fill)
    const expected = referenceG(block(PREV), block(REF), undefined)
    exports.compress(PREV, REF, REF, 0)
    expect(block(REF)).toEqual(expected)
  })
})
