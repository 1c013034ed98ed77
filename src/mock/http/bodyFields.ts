import { getAddress, isAddress, type Address } from 'viem'
import { MockHttpError } from '../errors/MockHttpError.ts'

/** A required non-empty string field of a JSON body, else 400 VALIDATION. */
export function requiredString(body: Record<string, unknown>, key: string): string {
  const value = body[key]
  if (typeof value !== 'string' || value === '') {
    throw new MockHttpError('VALIDATION', `${key} is required (a non-empty string)`)
  }
  return value
}

/** An optional string field; a present non-string is a 400. */
export function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key]
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw new MockHttpError('VALIDATION', `${key} must be a string`)
  return value
}

/** A required finite number; numeric strings are accepted (IBEx documents `string/number`). */
export function requiredNumber(body: Record<string, unknown>, key: string): number {
  const value = body[key]
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new MockHttpError('VALIDATION', `${key} is required (a number)`)
  }
  return number
}

/** A JSON object field, else 400. */
export function requiredObject(
  body: Record<string, unknown>,
  key: string,
): Record<string, unknown> {
  const value = body[key]
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MockHttpError('VALIDATION', `${key} is required (an object)`)
  }
  return value as Record<string, unknown>
}

/** A boolean flag: `true` or `"true"`. */
export function flag(value: unknown): boolean {
  return value === true || value === 'true'
}

/** A required EVM address field (any case), returned checksummed; else 400 naming `field`. */
export function requiredAddress(value: unknown, field: string): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    throw new MockHttpError('VALIDATION', `${field} must be an address (0x + 40 hex)`)
  }
  return getAddress(value)
}
