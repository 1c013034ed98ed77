import { expect, test } from 'vitest'
import { base64ToBytes, bytesToBase64, bytesToBase64url } from '../../src/core/utils/base64.ts'

test('round-trips both alphabets and rejects garbage', () => {
  const bytes = new Uint8Array([251, 255, 0, 1, 2])
  expect(bytesToBase64url(bytes)).toBe('-_8AAQI')
  expect(bytesToBase64(bytes)).toBe('+/8AAQI=')
  expect(base64ToBytes('-_8AAQI')).toEqual(bytes)
  expect(base64ToBytes('+/8AAQI=')).toEqual(bytes)
  expect(base64ToBytes('AQEBAQEBAQEBAQEBAQEBAQ==')).toEqual(new Uint8Array(16).fill(1))
  expect(() => base64ToBytes('a*b')).toThrow(TypeError)
})
