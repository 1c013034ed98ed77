import { describe, expect, test } from 'vitest'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'
import { validateKdfParams } from '../../../src/core/kdf/validateKdfParams.ts'
import { caught } from './caught.ts'

const good = { algo: 'argon2id', memory: 65536, iterations: 3, parallelism: 1 }

const refusal = (value: unknown, field?: string) =>
  caught(() => validateKdfParams(value, field), IbexValidationError)

describe('validateKdfParams', () => {
  test('default: the documented parameters pass and extra members are dropped', () => {
    expect(validateKdfParams({ ...good, extra: 'x' })).toEqual(good)
  })

  test('behavior: the bounds themselves are accepted', () => {
    expect(validateKdfParams({ ...good, memory: 8192, iterations: 1, parallelism: 1 })).toEqual({
      ...good,
      memory: 8192,
      iterations: 1,
    })
    expect(validateKdfParams({ ...good, memory: 1048576, iterations: 10, parallelism: 4 })).toEqual(
      { algo: 'argon2id', memory: 1048576, iterations: 10, parallelism: 4 },
    )
  })

  test('behavior: another algorithm is refused', async () => {
    for (const algo of ['argon2i', 'scrypt', undefined]) {
      const error = await refusal({ ...good, algo })
      expect(error.code).toBe('validation/kdf-unsupported')
      expect(error.field).toBe('kdf.algo')
    }
  })

  test.each([
    ['memory', 8191],
    ['memory', 1048577],
    ['memory', 65536.5],
    ['memory', '65536'],
    ['iterations', 0],
    ['iterations', 11],
    ['parallelism', 0],
    ['parallelism', 5],
    ['parallelism', undefined],
  ])('behavior: %s = %s is out of range', async (key, value) => {
    const error = await refusal({ ...good, [key]: value })
    expect(error.code).toBe('validation/kdf-out-of-range')
    expect(error.field).toBe(`kdf.${key}`)
    expect(error.shortMessage).toContain(`kdf.${key}`)
  })

  test('behavior: a non-object is malformed', async () => {
    for (const value of [null, undefined, 'argon2id', 3]) {
      expect((await refusal(value)).code).toBe('validation/kdf-malformed')
    }
  })

  test('parameters: field names the object in errors', async () => {
    const error = await refusal({ ...good, iterations: 50 }, 'backupKdf')
    expect(error.field).toBe('backupKdf.iterations')
  })
})
