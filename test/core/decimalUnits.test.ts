import { formatUnits, parseUnits } from 'viem'
import { describe, expect, test } from 'vitest'
import { baseUnitsToDecimal } from '../../src/core/utils/baseUnitsToDecimal.ts'
import { decimalToBaseUnits } from '../../src/core/utils/decimalToBaseUnits.ts'

// The kit's own unit conversions stand in for viem's on the initial bundle and a transfer's
// path: they must give what viem gives.
const DECIMALS = [0, 1, 2, 6, 8, 18, 24]

describe('the kit’s unit conversions match viem', () => {
  test('decimalToBaseUnits is parseUnits, rounding half up past the decimals included', () => {
    const amounts = ['0', '1', '2.0', '0.005', '-1.25', '1.999999999', '0.123456785', '-0.5']
    for (const decimals of DECIMALS) {
      for (const amount of [...amounts, '7.45', '123456789.123456789123456789', '00.10']) {
        expect([amount, decimals, decimalToBaseUnits(amount, decimals)]).toEqual([
          amount,
          decimals,
          parseUnits(amount, decimals),
        ])
      }
    }
  })

  test('baseUnitsToDecimal is formatUnits', () => {
    const values = [0n, 1n, 10n, 105n, 1_000_000n, -1n, -1_234_500n, 123_456_789_123_456_789_123n]
    for (const decimals of DECIMALS) {
      for (const value of values) {
        expect([value, decimals, baseUnitsToDecimal(value, decimals)]).toEqual([
          value,
          decimals,
          formatUnits(value, decimals),
        ])
      }
    }
  })
})
