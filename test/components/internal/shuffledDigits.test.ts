import { describe, expect, it } from 'vitest'
import { KEYPAD_DIGITS, shuffledDigits } from '../../../src/components/internal/shuffledDigits.ts'

describe('given shuffledDigits', () => {
  it('should return a permutation of the ten digits with every digit first about as often', () => {
    const draws = 10_000
    const sortedKeypad = [...KEYPAD_DIGITS].sort().join('')
    const firsts = new Map<string, number>()
    let notPermutations = 0
    for (let draw = 0; draw < draws; draw++) {
      const digits = shuffledDigits()
      if ([...digits].sort().join('') !== sortedKeypad) notPermutations++
      const first = digits[0] ?? ''
      firsts.set(first, (firsts.get(first) ?? 0) + 1)
    }
    expect(notPermutations).toBe(0)
    // Expected 1,000 each; ±250 is more than 8 standard deviations (sd = 30).
    for (const digit of KEYPAD_DIGITS) {
      expect(firsts.get(digit)).toBeGreaterThan(750)
      expect(firsts.get(digit)).toBeLessThan(1_250)
    }
  })
})
