import { getAddress, keccak256 as viemKeccak256, toHex } from 'viem'
import { describe, expect, test } from 'vitest'
import { checksumAddress } from '../../src/core/utils/checksumAddress.ts'
import { isHexAddress } from '../../src/core/utils/isHexAddress.ts'
import { keccak256 } from '../../src/core/utils/keccak256.ts'

describe('keccak256', () => {
  test('default: known answers (empty input, "abc")', () => {
    expect(toHex(keccak256(new Uint8Array()))).toBe(
      '0xc5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    )
    expect(toHex(keccak256(new TextEncoder().encode('abc')))).toBe(
      '0x4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45',
    )
  })

  test('behavior: equals viem at every length around the 136-byte rate, on random data', () => {
    for (const length of [1, 31, 32, 33, 40, 64, 135, 136, 137, 271, 272, 273, 1000]) {
      const data = crypto.getRandomValues(new Uint8Array(length))
      expect(toHex(keccak256(data)), `length ${length}`).toBe(viemKeccak256(data))
    }
  })
})

describe('checksumAddress', () => {
  test('default: the EIP-55 examples', () => {
    for (const address of [
      '0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed',
      '0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359',
      '0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB',
      '0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb',
    ]) {
      expect(checksumAddress(address.toLowerCase())).toBe(address)
    }
  })

  test('behavior: equals viem getAddress whatever the case of the input', () => {
    for (let i = 0; i < 200; i++) {
      const address = toHex(crypto.getRandomValues(new Uint8Array(20)))
      const expected = getAddress(address)
      expect(checksumAddress(address)).toBe(expected)
      expect(checksumAddress(`0x${address.slice(2).toUpperCase()}`)).toBe(expected)
    }
  })
})

describe('isHexAddress', () => {
  test('behavior: 0x and 40 hex digits of any case, nothing else', () => {
    expect(isHexAddress('0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed')).toBe(true)
    expect(isHexAddress('0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed')).toBe(true)
    for (const bad of [
      '5aaeb6053f3e94c9b9a09f33669435e7ef1beaed',
      '0x5aaeb6',
      '0xzz' + '0'.repeat(38),
      42,
      null,
    ]) {
      expect(isHexAddress(bad)).toBe(false)
    }
  })
})
