import { describe, expect, it } from 'vitest'
import { formatFiatValue } from '../../../src/components/internal/format/formatFiatValue.ts'
import { formatTokenAmount } from '../../../src/components/internal/format/formatTokenAmount.ts'
import { dayKey, formatDayHeading } from '../../../src/components/internal/format/dateFormatter.ts'
import { numberFormatter } from '../../../src/components/internal/format/numberFormatter.ts'
import {
  parseLocaleAmount,
  toLocaleInput,
} from '../../../src/components/internal/format/parseLocaleAmount.ts'
import { tokenHue } from '../../../src/components/internal/format/tokenHue.ts'
import { swapQuoteFigures } from '../../../src/components/SwapForm/swapQuoteFigures.ts'

const E18 = 10n ** 18n

describe('given formatTokenAmount', () => {
  it('should truncate exactly from bigint, never rounding a balance up', () => {
    // 21.085869288802237857: a Number would already be 21.085869288802238.
    const value = 21_085869288802237857n
    expect(formatTokenAmount(value, 18, 'en')).toEqual({ kind: 'exact', text: '21.08' })
    expect(formatTokenAmount(value, 18, 'fr')).toEqual({ kind: 'exact', text: '21,08' })
    expect(formatTokenAmount(999_999n * 10n ** 12n, 18, 'de').text).toBe('0,999')
    expect(formatTokenAmount(value, 18, 'en', 'form').text).toBe('21.0858')
  })

  it('should group by locale and go compact from a million', () => {
    expect(formatTokenAmount(1234n * E18, 18, 'de').text).toBe('1.234')
    expect(formatTokenAmount(1234n * E18, 18, 'fr').text).toBe('1\u202f234')
    expect(formatTokenAmount(1234n * E18, 18, 'es').text).toBe('1234')
    expect(formatTokenAmount(1_290_000n * E18, 18, 'en').text).toBe('1.2M')
    expect(formatTokenAmount(1_290_000n * E18, 18, 'de').text).toBe('1,2\u00a0Mio.')
  })

  it('should give dust as a threshold in the locale, and zero as 0', () => {
    expect(formatTokenAmount(10n ** 12n, 18, 'de')).toEqual({ kind: 'below', text: '0,001' })
    expect(formatTokenAmount(1n, 6, 'en', 'form')).toEqual({ kind: 'below', text: '0.00001' })
    expect(formatTokenAmount(0n, 18, 'it')).toEqual({ kind: 'exact', text: '0' })
    // 6 decimals (USDC): 0.5 is not dust.
    expect(formatTokenAmount(500_000n, 6, 'en').text).toBe('0.5')
  })
})

describe('given formatFiatValue', () => {
  it('should place the currency by locale, 2 decimals from 1 and a threshold under a cent', () => {
    expect(formatFiatValue('1234.5', 'EUR', 'de')).toEqual({
      kind: 'exact',
      text: '1.234,50\u00a0€',
    })
    expect(formatFiatValue('1234.5', 'EUR', 'en').text).toBe('€1,234.50')
    expect(formatFiatValue('0.456', 'USD', 'en').text).toBe('$0.456')
    expect(formatFiatValue('0.004', 'EUR', 'fr')).toEqual({ kind: 'below', text: '0,01\u00a0€' })
    expect(formatFiatValue('0', 'EUR', 'en').text).toBe('€0.00')
  })
})

describe('given parseLocaleAmount', () => {
  it('should take the locale decimal mark and the dot, then parseUnits exactly', () => {
    expect(parseLocaleAmount('12,5', 'fr', 18)).toEqual({
      ok: true,
      amount: '12.5',
      value: 12_500000000000000000n,
    })
    expect(parseLocaleAmount('12.5', 'fr', 18)).toMatchObject({ ok: true, amount: '12.5' })
    expect(parseLocaleAmount('1\u202f234,5', 'fr', 6)).toEqual({
      ok: true,
      amount: '1234.5',
      value: 1_234_500_000n,
    })
    expect(parseLocaleAmount('1.234,5', 'de', 6)).toMatchObject({ ok: true, amount: '1234.5' })
    expect(parseLocaleAmount('1,234.5', 'en', 6)).toMatchObject({ ok: true, amount: '1234.5' })
    // One mark followed by three digits that is not the locale's decimal mark groups thousands.
    expect(parseLocaleAmount('1.234', 'de', 6)).toMatchObject({ ok: true, amount: '1234' })
    expect(parseLocaleAmount('1.234', 'en', 6)).toMatchObject({ ok: true, amount: '1.234' })
    expect(parseLocaleAmount(',5', 'it', 2)).toMatchObject({ ok: true, amount: '0.5' })
  })

  it('should refuse more decimals than the token has, and what is not a number', () => {
    expect(parseLocaleAmount('0.1234567', 'en', 6)).toEqual({ ok: false, problem: 'too-precise' })
    expect(parseLocaleAmount('1e5', 'en', 18)).toEqual({ ok: false, problem: 'malformed' })
    expect(parseLocaleAmount('1,2,3.4.5', 'en', 18)).toEqual({ ok: false, problem: 'malformed' })
    expect(parseLocaleAmount('  ', 'en', 18)).toEqual({ ok: false, problem: 'empty' })
    expect(parseLocaleAmount('-1', 'en', 18)).toEqual({ ok: false, problem: 'malformed' })
  })

  it('should write an exact amount back for an input in the locale (Max)', () => {
    expect(toLocaleInput('87.5', 'fr')).toBe('87,5')
    const typed = toLocaleInput('0.000000000000000001', 'de')
    expect(parseLocaleAmount(typed, 'de', 18)).toMatchObject({ ok: true, value: 1n })
  })
})

describe('given the cached formatters and dates', () => {
  it('should reuse one formatter per locale and options', () => {
    expect(numberFormatter('fr', { maximumFractionDigits: 2 })).toBe(
      numberFormatter('fr', { maximumFractionDigits: 2 }),
    )
    expect(numberFormatter('fr')).not.toBe(numberFormatter('de'))
  })

  it('should head days as today, yesterday, then the date in the locale', () => {
    const now = new Date(2026, 10, 3, 18, 0)
    expect(formatDayHeading(new Date(2026, 10, 3, 1, 0), now, 'de')).toBe('Heute')
    expect(formatDayHeading(new Date(2026, 10, 2, 23, 0), now, 'fr')).toBe('Hier')
    expect(formatDayHeading(new Date(2026, 9, 30, 12, 0), now, 'en')).toBe('Friday, October 30')
    expect(formatDayHeading(new Date(2025, 9, 30, 12, 0), now, 'es')).toBe(
      'jueves, 30 de octubre de 2025',
    )
    expect(dayKey(new Date(2026, 10, 3, 23, 59))).toBe('2026-11-03')
  })

  it('should hash a stable hue per symbol', () => {
    expect(tokenHue('EURe')).toBe(tokenHue('EURe'))
    expect(tokenHue('EURe')).not.toBe(tokenHue('USDC'))
    expect(tokenHue('EURe')).toBeGreaterThanOrEqual(0)
    expect(tokenHue('EURe')).toBeLessThan(360)
  })

  it('should compute the rate and the minimum received with bigints', () => {
    const figures = swapQuoteFigures(
      { sellValue: 10n * E18, sellTokenDecimals: 18, buyValue: 11_000_000n, buyTokenDecimals: 6 },
      0.5,
    )
    expect(figures).toEqual({ rate: '1.1', minimum: 10_945_000n })
  })
})
