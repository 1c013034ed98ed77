import { describe, expect, it } from 'vitest'
import { en } from '../../../src/components/internal/messages/en.ts'
import { formatMessage } from '../../../src/components/internal/messages/formatMessage.ts'
import { fr } from '../../../src/components/internal/messages/fr.ts'
import type { IbexMessages } from '../../../src/components/internal/messages/IbexMessages.ts'
import { otpInputMessages } from '../../../src/components/internal/messages/otpInputMessages.ts'
import { pinPadMessages } from '../../../src/components/internal/messages/pinPadMessages.ts'
import { resolveMessages } from '../../../src/components/internal/messages/resolveMessages.ts'

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort()
}

describe('given the message catalogues', () => {
  it('should give French every English key, with the same placeholders and new text', () => {
    for (const component of Object.keys(en) as Array<keyof IbexMessages>) {
      const english = new Map<string, string>(Object.entries(en[component]))
      const french = new Map<string, string>(Object.entries(fr[component]))
      expect([...french.keys()].sort()).toEqual([...english.keys()].sort())
      for (const [key, text] of english) {
        expect(placeholders(french.get(key) ?? ''), `${component}.${key}`).toEqual(
          placeholders(text),
        )
      }
    }
    expect(fr.pinPad.digitsEntered).not.toBe(en.pinPad.digitsEntered)
  })
})

describe('given formatMessage', () => {
  it('should fill placeholders and leave unknown ones visible', () => {
    expect(formatMessage('{count} of {length} digits entered', { count: 3, length: 6 })).toBe(
      '3 of 6 digits entered',
    )
    expect(formatMessage('{count} of {total}', { count: 0 })).toBe('0 of {total}')
  })
})

describe('given resolveMessages', () => {
  it('should pick the locale, default to English and apply string overrides only', () => {
    expect(resolveMessages(otpInputMessages).label).toBe('Verification code')
    expect(resolveMessages(otpInputMessages, 'fr').label).toBe('Code de vérification')
    const resolved = resolveMessages(pinPadMessages, 'fr', { delete: 'Suppr.', submit: undefined })
    expect(resolved.delete).toBe('Suppr.')
    expect(resolved.submit).toBe('Valider')
    expect(resolveMessages(pinPadMessages, 'fr').delete).toBe('Effacer')
  })
})
