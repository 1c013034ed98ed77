import type { IbexProtocolProfile } from './IbexProtocolProfile.ts'

type TimestampUnit = IbexProtocolProfile['proof']['timestamp']

/**
 * The proof's `timestamp` as the profile writes it: ms or s since the epoch, or ISO 8601.
 *
 * @example
 * proofTimestamp(1763700000000, 's') // 1763700000
 */
export function proofTimestamp(ms: number, unit: TimestampUnit): number | string {
  if (unit === 's') return Math.floor(ms / 1000)
  if (unit === 'iso') return new Date(ms).toISOString()
  return ms
}

/**
 * Reads a posted `timestamp` in the profile's unit back to ms, or `undefined` when it is not
 * written that way (a seconds value read as ms would look 50 years old, and the other way round).
 *
 * @example
 * readProofTimestamp(1763700000, 's') // 1763700000000
 */
export function readProofTimestamp(value: unknown, unit: TimestampUnit): number | undefined {
  if (unit === 'iso') {
    if (typeof value !== 'string' || !/^\d{4}-\d\d-\d\dT/.test(value)) return undefined
    const ms = Date.parse(value)
    return Number.isNaN(ms) ? undefined : ms
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) return undefined
  // 1e11 s is the year 5138 and 1e11 ms is 1973: the magnitude tells the unit.
  if (unit === 's') return value < 1e11 ? value * 1000 : undefined
  return value >= 1e11 ? value : undefined
}
