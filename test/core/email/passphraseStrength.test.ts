import { describe, expect, test } from 'vitest'
import { passphraseStrength } from '../../../src/core/email/passphraseStrength.ts'

describe('passphraseStrength', () => {
  test.each([
    ['', 0, 'too-short'],
    ['Ab1!', 0, 'too-short'],
    ['password1', 0, 'common'],
    ['Password!!', 0, 'common'],
    ['aaaaaaaaaaaa', 0, 'repeated'],
    ['abcdefghijkl', 0, 'sequence'],
    ['qwertyuiop12', 0, 'common'],
    ['1357924680', 1, 'add-variety'],
    ['tiger lamp', 2, 'add-length'],
    ['correct horse battery staple', 4, 'strong'],
    ['Tr0ub4dor&3', 3, 'strong'],
    ['K8#vQ2m!Lz7$wR', 4, 'strong'],
  ])('behavior: %j scores %i with hint %s', (passphrase, score, hint) => {
    expect(passphraseStrength(passphrase)).toEqual({ score, hint })
  })

  test('parameters: minLength', () => {
    expect(passphraseStrength('Xq7#pL2!', 12).hint).toBe('too-short')
    expect(passphraseStrength('Xq7#pL2!', 8).hint).not.toBe('too-short')
  })

  test('behavior: a longer passphrase never scores lower than its prefix', () => {
    const words = 'violet anchor misty orbit canyon'
    let previous = 0
    for (let end = 1; end <= words.length; end++) {
      const { score } = passphraseStrength(words.slice(0, end))
      expect(score).toBeGreaterThanOrEqual(previous)
      previous = score
    }
  })
})
