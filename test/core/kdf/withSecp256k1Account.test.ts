import { hexToBytes } from 'viem'
import { privateKeyToAccount } from 'viem/accounts'
import { describe, expect, test } from 'vitest'
import { IbexError } from '../../../src/core/errors/IbexError.ts'
import { isSecp256k1PrivateKey } from '../../../src/core/kdf/isSecp256k1PrivateKey.ts'
import { withSecp256k1Account } from '../../../src/core/kdf/withSecp256k1Account.ts'
import { caught } from './caught.ts'

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n
const key = (value: bigint) => hexToBytes(`0x${value.toString(16).padStart(64, '0')}`)

describe('isSecp256k1PrivateKey', () => {
  test('behavior: accepts 1 .. n-1, refuses 0, n and above, and other lengths', () => {
    expect(isSecp256k1PrivateKey(key(1n))).toBe(true)
    expect(isSecp256k1PrivateKey(key(N - 1n))).toBe(true)
    expect(isSecp256k1PrivateKey(key(N >> 1n))).toBe(true)
    expect(isSecp256k1PrivateKey(key(0n))).toBe(false)
    expect(isSecp256k1PrivateKey(key(N))).toBe(false)
    expect(isSecp256k1PrivateKey(key(N + 1n))).toBe(false)
    expect(isSecp256k1PrivateKey(key(2n ** 256n - 1n))).toBe(false)
    expect(isSecp256k1PrivateKey(new Uint8Array(31).fill(1))).toBe(false)
  })
})

describe('withSecp256k1Account', () => {
  test('default: signs with the key, then wipes it', async () => {
    const bytes = key(0x1234n)
    const expected = privateKeyToAccount(`0x${'0'.repeat(60)}1234`).address
    const address = await withSecp256k1Account(bytes, async (account) => account.address)
    expect(address).toBe(expected)
    expect(bytes.every((byte) => byte === 0)).toBe(true)
  })

  test('behavior: wipes the key when signing throws', async () => {
    const bytes = key(0x1234n)
    await expect(
      withSecp256k1Account(bytes, async () => {
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect(bytes.every((byte) => byte === 0)).toBe(true)
  })

  test('behavior: a key out of range is signer/invalid-key, and still wiped', async () => {
    const bytes = key(N)
    const error = await caught(() => withSecp256k1Account(bytes, async () => 'never'), IbexError)
    expect(error.code).toBe('signer/invalid-key')
    expect(bytes.every((byte) => byte === 0)).toBe(true)
  })
})
