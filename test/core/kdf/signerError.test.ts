import { describe, expect, test } from 'vitest'
import { IbexError } from '../../../src/core/errors/IbexError.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { deserializeSignerError } from '../../../src/core/kdf/deserializeSignerError.ts'
import { serializeSignerError } from '../../../src/core/kdf/serializeSignerError.ts'

// Errors cross the worker boundary as data (structuredClone, as postMessage does).
const roundTrip = (error: unknown) =>
  deserializeSignerError(structuredClone(serializeSignerError(error)))

describe('serializeSignerError / deserializeSignerError', () => {
  test('default: an IbexValidationError keeps class, code, field, message and details', () => {
    const original = new IbexValidationError({
      code: 'validation/passphrase-wrong',
      field: 'passphrase',
      message: 'This passphrase does not open the backup.',
      details: 'AES-GCM authentication failed',
    })
    const rebuilt = roundTrip(original)
    expect(rebuilt).toBeInstanceOf(IbexValidationError)
    expect(rebuilt).toMatchObject({
      code: original.code,
      field: 'passphrase',
      shortMessage: original.shortMessage,
      details: original.details,
    })
    expect(rebuilt.message).toBe(original.message)
  })

  test('behavior: another IbexError keeps its code', () => {
    const rebuilt = roundTrip(new IbexError('bad key', { code: 'signer/invalid-key' }))
    expect(rebuilt).not.toBeInstanceOf(IbexValidationError)
    expect([rebuilt.code, rebuilt.shortMessage]).toEqual(['signer/invalid-key', 'bad key'])
  })

  test.each([
    [
      'Chromium',
      'CompileError',
      "WebAssembly.compile(): Compiling or instantiating WebAssembly module violates the following Content Security policy directive because 'unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: \"script-src 'self'\".",
    ],
    ['Firefox', 'CompileError', 'call to WebAssembly.compile() blocked by CSP'],
    [
      'Safari',
      'EvalError',
      "Refused to create a WebAssembly object because 'unsafe-eval' or 'wasm-unsafe-eval' is not an allowed source of script in the following Content Security Policy directive: \"script-src 'self'\"",
    ],
  ])('behavior: WebAssembly refused by a CSP (%s) is signer/csp-blocked', (_, name, message) => {
    const refusal = Object.assign(new Error(message), { name })
    const rebuilt = roundTrip(refusal)
    expect(rebuilt.code).toBe('signer/csp-blocked')
    expect(rebuilt.shortMessage).toContain("script-src 'wasm-unsafe-eval'")
    expect(rebuilt.details).toBe(`${name}: ${message}`)
  })

  test('behavior: a foreign error becomes signer/failed with its message in details', () => {
    const rebuilt = roundTrip(new RangeError('WebAssembly.Memory(): could not allocate memory'))
    expect(rebuilt.code).toBe('signer/failed')
    expect(rebuilt.details).toBe('RangeError: WebAssembly.Memory(): could not allocate memory')
    expect(roundTrip('a string').details).toBe('a string')
  })
})
