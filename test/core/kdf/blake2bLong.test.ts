import { blake2b, createBLAKE2b } from 'hash-wasm'
import { bytesToHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { blake2bLong } from '../../../src/core/kdf/blake2bLong.ts'

const input = new TextEncoder().encode('H prime input')

describe('blake2bLong', () => {
  test('default: up to 64 bytes, Blake2b with a T-byte digest of LE32(T) ‖ input', async () => {
    const hasher = await createBLAKE2b(256)
    const out = new Uint8Array(32)
    blake2bLong(out, [input.subarray(0, 5), input.subarray(5)], () => hasher)
    const expected = await blake2b(new Uint8Array([32, 0, 0, 0, ...input]), 256)
    expect(bytesToHex(out)).toBe(`0x${expected}`)
  })

  test('behavior: beyond 64 bytes, the first 32 bytes are those of Blake2b-512 of LE32(T) ‖ input', async () => {
    const hasher = await createBLAKE2b(512)
    const out = new Uint8Array(1024)
    blake2bLong(out, [input], () => hasher)
    const first = await blake2b(new Uint8Array([0, 4, 0, 0, ...input]), 512)
    expect(bytesToHex(out.subarray(0, 32))).toBe(`0x${first.slice(0, 64)}`)
  })

  test('error: asks for the digest sizes it needs and fails without them', async () => {
    const hasher = await createBLAKE2b(512)
    const sizes: number[] = []
    expect(() =>
      blake2bLong(new Uint8Array(100), [input], (bytes) => {
        sizes.push(bytes)
        if (bytes !== 64) throw new RangeError('none')
        return hasher
      }),
    ).toThrow(RangeError)
    // 100 bytes: two chained 32-byte halves, then a 36-byte tail.
    expect(sizes.at(-1)).toBe(36)
  })
})
