import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../src/components/internal/messages/formatMessage.ts'
import { ibexCatalogues } from '../../../src/components/internal/messages/ibexCatalogues.ts'
import { ibexLocales } from '../../../src/components/internal/messages/ibexLocales.ts'
import { otpInputMessages } from '../../../src/components/internal/messages/otpInputMessages.ts'
import { pinPadMessages } from '../../../src/components/internal/messages/pinPadMessages.ts'
import { resolveMessages } from '../../../src/components/internal/messages/resolveMessages.ts'

/** The argument names a message uses, plural ones included (`{count, plural, …}` → count). */
function argumentsOf(text: string): string[] {
  const names = new Set<string>()
  for (const match of text.matchAll(/\{\s*(\w+)\s*(?:,\s*plural\s*,)?/g)) {
    const name = match[1] ?? ''
    // Plural selectors (`one {`, `other {`) open a brace too; they are not arguments.
    if (!/^(zero|one|two|few|many|other)$/.test(name)) names.add(name)
  }
  return [...names].sort()
}

// Words that stay the same in a language (a borrowed term, a shared abbreviation).
const sameAsEnglish: Record<string, ReadonlySet<string>> = {
  fr: new Set(['PIN']),
  de: new Set(['PIN', 'Passphrase']),
  es: new Set(['PIN']),
  it: new Set(['PIN']),
}

describe('given the message catalogues', () => {
  // Messages are plain string records; read them as such, whatever the namespace's interface.
  const namespaces = Object.entries(ibexCatalogues).map(
    ([namespace, catalogue]): [string, Record<string, Record<string, string>>] => [
      namespace,
      Object.fromEntries(
        Object.entries(catalogue).map(([locale, messages]: [string, object]) => [
          locale,
          Object.fromEntries(
            Object.entries(messages).filter(([, text]) => typeof text === 'string'),
          ),
        ]),
      ),
    ],
  )

  it('should have at least the five shipped locales', () => {
    expect([...ibexLocales]).toEqual(['en', 'fr', 'de', 'es', 'it'])
  })

  it.each(ibexLocales.filter((locale) => locale !== 'en'))(
    'should give %s every English key, filled, with the same arguments and translated text',
    (locale) => {
      for (const [namespace, catalogue] of namespaces) {
        const english = catalogue.en ?? {}
        const translated = catalogue[locale] ?? {}
        expect(Object.keys(translated).sort(), `${locale}.${namespace}`).toEqual(
          Object.keys(english).sort(),
        )
        for (const [key, text] of Object.entries(english)) {
          const other = translated[key] ?? ''
          expect(other.trim(), `${locale}.${namespace}.${key} is empty`).not.toBe('')
          expect(argumentsOf(other), `${locale}.${namespace}.${key}`).toEqual(argumentsOf(text))
          if (text.includes(' ') || !sameAsEnglish[locale]?.has(text))
            expect(other, `${locale}.${namespace}.${key} is English`).not.toBe(text)
        }
      }
    },
  )

  it('should give every plural an `other` branch', () => {
    for (const [namespace, catalogue] of namespaces)
      for (const locale of ibexLocales)
        for (const [key, text] of Object.entries(catalogue[locale] ?? {}))
          if (/,\s*plural\s*,/.test(text))
            expect(text, `${locale}.${namespace}.${key}`).toMatch(/other\s*\{/)
  })
})

describe('given formatMessage', () => {
  it('should fill placeholders and leave unknown ones visible', () => {
    expect(formatMessage('{count} of {length} digits entered', { count: 3, length: 6 })).toBe(
      '3 of 6 digits entered',
    )
    expect(formatMessage('{count} of {total}', { count: 0 })).toBe('0 of {total}')
  })

  it('should pick plural branches with the locale rules and format the number', () => {
    const template = '{count, plural, =0 {no token} one {# token} other {# tokens in {chain}}}'
    expect(formatMessage(template, { count: 0, chain: 'Base' }, 'en')).toBe('no token')
    expect(formatMessage(template, { count: 1, chain: 'Base' }, 'en')).toBe('1 token')
    expect(formatMessage(template, { count: 1200, chain: 'Base' }, 'en')).toBe(
      '1,200 tokens in Base',
    )
    // French puts 0 and 1 in `one`, and groups thousands with a narrow no-break space.
    const french = '{count, plural, one {# jeton} other {# jetons}}'
    expect(formatMessage(french, { count: 0 }, 'fr')).toBe('0 jeton')
    expect(formatMessage(french, { count: 1500 }, 'fr')).toBe('1\u202f500 jetons')
  })
})

describe('given resolveMessages', () => {
  it('should pick the locale, default to English and apply string overrides only', () => {
    expect(resolveMessages(otpInputMessages).label).toBe('Verification code')
    expect(resolveMessages(otpInputMessages, 'fr').label).toBe('Code de vérification')
    expect(resolveMessages(otpInputMessages, 'de').label).toBe('Bestätigungscode')
    const resolved = resolveMessages(pinPadMessages, 'fr', { delete: 'Suppr.', submit: undefined })
    expect(resolved.delete).toBe('Suppr.')
    expect(resolved.submit).toBe('Valider')
    expect(resolveMessages(pinPadMessages, 'fr').delete).toBe('Effacer')
  })
})
