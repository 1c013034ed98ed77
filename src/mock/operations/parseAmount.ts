import { parseUnits } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'

/**
 * A human decimal amount as IBEx takes it (`def-1`, docs/protocol.md): a string such as `"1.23"`,
 * strictly positive, with no more fraction digits than the token has decimals. Returns base
 * units; else 400 VALIDATION naming `field`.
 *
 * @example
 * parseAmount('1.5', 6, 'operations[0].amount') // 1500000n
 */
export function parseAmount(value: unknown, decimals: number, field: string): bigint {
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value)) {
    throw new MockHttpError(
      'VALIDATION',
      `${field} must be a decimal string such as "1.23" (got ${JSON.stringify(value)})`,
    )
  }
  const fraction = value.split('.')[1] ?? ''
  if (fraction.length > decimals) {
    throw new MockHttpError('VALIDATION', `${field} has more than ${decimals} decimals`)
  }
  const amount = parseUnits(value, decimals)
  if (amount <= 0n) throw new MockHttpError('VALIDATION', `${field} must be greater than 0`)
  return amount
}
