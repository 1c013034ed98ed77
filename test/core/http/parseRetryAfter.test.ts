import { describe, expect, test } from 'vitest'
import { parseRetryAfter } from '../../../src/core/http/parseRetryAfter.ts'

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z')

  test('delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2', now)).toBe(2)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5)
    // A date already past means "now", not a negative wait.
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0)
  })

  test.each(['-5', '-0', '1.5', '+3', '2 seconds', 'soon', '0x10', '1e3', '', '   '])(
    'a negative or unparseable value (%j) is treated as absent',
    (value) => {
      expect(parseRetryAfter(value, now)).toBeUndefined()
    },
  )

  test('absent', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})
