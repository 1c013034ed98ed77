import { describe, expect, test } from 'vitest'
import { assertEmailAddress } from '../../../src/core/actions/auth/assertEmailAddress.ts'
import { IbexValidationError } from '../../../src/core/errors/IbexValidationError.ts'

function refusal(email: unknown): unknown {
  try {
    assertEmailAddress(email)
  } catch (error) {
    return error
  }
  return undefined
}

describe('assertEmailAddress', () => {
  test.each([
    ['ada@example.com', 'ada@example.com'],
    ['  ada.lovelace+ibex@mail.example.co.uk ', 'ada.lovelace+ibex@mail.example.co.uk'],
    ['élodie@exemple.fr', 'élodie@exemple.fr'],
  ])('accepts %j', (email, expected) => {
    expect(assertEmailAddress(email)).toBe(expected)
  })

  const local = 'a'.repeat(64)
  const label = 'b'.repeat(63)
  const at254 = `${local}@${label}.${label}.${'c'.repeat(58)}.io`
  test('254 characters is the most', () => {
    expect(at254).toHaveLength(254)
    expect(assertEmailAddress(at254)).toBe(at254)
    expect(refusal(`${local}@${label}.${label}.${'c'.repeat(59)}.io`)).toBeInstanceOf(
      IbexValidationError,
    )
  })

  test.each([
    ['an empty label', 'a@b..c'],
    ['a leading empty label', 'a@.b.c'],
    ['a trailing dot', 'a@b.c.'],
    ['a space inside', 'ada lovelace@example.com'],
    ['a no-break space', 'ada\u00a0@example.com'],
    ['a zero-width space', 'ada\u200b@example.com'],
    ['a zero-width joiner', 'ada@exa\u200dmple.com'],
    ['a byte-order mark', '\ufeffada@example.com'],
    ['a NUL', 'ada\u0000@example.com'],
    ['a newline inside', 'ada@example.com\nBcc: eve@example.com'],
    ['a DEL', 'ada\u007f@example.com'],
    ['a right-to-left override', 'ada@\u202eexample.com'],
    ['two @', 'a@b@example.com'],
    ['no dot in the domain', 'ada@localhost'],
    ['nothing before @', '@example.com'],
    ['a local part over 64', `${'a'.repeat(65)}@example.com`],
    ['not a string', 42],
  ])('refuses %s', (_, email) => {
    expect(refusal(email)).toMatchObject({ code: 'validation/email-invalid', field: 'email' })
  })
})
