import { MockHttpError } from '../errors/MockHttpError.ts'
import { parseAmount } from './parseAmount.ts'

/**
 * A Hyperliquid amount: a JSON **number** > 0 (docs/protocol.md), within `decimals`. Returns base
 * units; else 400 VALIDATION naming `field`.
 *
 * @example
 * parseNumberAmount(100, 18, 'operations[0].hyperliquidData.amount') // 100n * 10n ** 18n
 */
export function parseNumberAmount(value: unknown, decimals: number, field: string): bigint {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new MockHttpError(
      'VALIDATION',
      `${field} must be a number greater than 0 (got ${JSON.stringify(value)})`,
    )
  }
  // String(1e-7) is exponent notation: such tiny amounts are refused as malformed.
  return parseAmount(String(value), decimals, field)
}
