import { describe, expect, test } from 'vitest'
import { validatePassphrase } from '../../../src/core/email/validatePassphrase.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { caught } from '../kdf/caught.ts'

async function codeOf(run: () => unknown): Promise<string> {
  const error = await caught(run, IbexValidationError)
  expect(error.field).toBe('passphrase')
  return error.code
}

describe('validatePassphrase', () => {
  test('default: 8 characters or more, returned NFKC-normalised', () => {
    expect(validatePassphrase('ｐａｓｓ ｗｏｒｄ')).toBe('pass word')
  })

  test.each([
    ['', 'validation/passphrase-missing'],
    [null, 'validation/passphrase-missing'],
    ['seven77', 'validation/passphrase-too-short'],
    ['x'.repeat(1025), 'validation/passphrase-too-long'],
  ])('behavior: %j is refused with %s', async (passphrase, code) => {
    expect(await codeOf(() => validatePassphrase(passphrase))).toBe(code)
  })

  test('parameters: minLength, counted in code points', async () => {
    expect(await codeOf(() => validatePassphrase('🔑🔑🔑', { minLength: 4 }))).toBe(
      'validation/passphrase-too-short',
    )
    expect(validatePassphrase('🔑🔑🔑🔑', { minLength: 4 })).toBe('🔑🔑🔑🔑')
    expect(validatePassphrase('x', { minLength: 1 })).toBe('x')
  })
})
