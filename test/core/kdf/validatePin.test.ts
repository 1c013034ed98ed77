import { describe, expect, test } from 'vitest'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { validatePin, type PinPolicy } from '../../../src/core/kdf/validatePin.ts'
import { caught } from './caught.ts'

const refusal = (pin: unknown, policy?: PinPolicy) =>
  caught(() => validatePin(pin, policy), IbexValidationError)

describe('validatePin', () => {
  test('default: 4 to 8 digits pass unchanged', () => {
    expect(validatePin('1234')).toBe('1234')
    expect(validatePin('12345678')).toBe('12345678')
  })

  test('behavior: full-width digits are normalised by NFKC', () => {
    expect(validatePin('１２３４５６')).toBe('123456')
  })

  test.each([
    ['', 'validation/pin-missing'],
    [undefined, 'validation/pin-missing'],
    [123456, 'validation/pin-missing'],
    ['12a4', 'validation/pin-not-digits'],
    ['12 34', 'validation/pin-not-digits'],
    ['١٢٣٤', 'validation/pin-not-digits'],
    ['123', 'validation/pin-too-short'],
    ['123456789', 'validation/pin-too-long'],
  ])('behavior: %j is refused with %s', async (pin, code) => {
    const error = await refusal(pin)
    expect(error.code).toBe(code)
    expect(error.field).toBe('pin')
  })

  test('parameters: minLength', async () => {
    expect((await refusal('12345', { minLength: 6 })).code).toBe('validation/pin-too-short')
    expect(validatePin('123456', { minLength: 6 })).toBe('123456')
  })

  test('parameters: digitsOnly false accepts a password', async () => {
    expect(validatePin('ｃｏｒｒｅｃｔ horse', { digitsOnly: false })).toBe('correct horse')
    expect((await refusal('abc', { digitsOnly: false })).code).toBe('validation/pin-too-short')
  })

  test('behavior: a policy under the floor of 4 is refused', async () => {
    const error = await refusal('12', { minLength: 2 })
    expect(error.code).toBe('validation/pin-policy-invalid')
    expect((await refusal('123456', { minLength: 6, maxLength: 5 })).code).toBe(
      'validation/pin-policy-invalid',
    )
  })
})
