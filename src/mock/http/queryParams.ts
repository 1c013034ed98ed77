import { MockHttpError } from '../errors/MockHttpError.ts'

/**
 * A `"true"`/`"false"` query flag (`fallback` when absent); anything else is 400 VALIDATION.
 *
 * @example
 * const includeZero = queryFlag(ctx.url, 'includeZero', false)
 */
export function queryFlag(url: URL, key: string, fallback: boolean): boolean {
  const value = url.searchParams.get(key)
  if (value === null || value === '') return fallback
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw new MockHttpError('VALIDATION', `${key} must be "true" or "false"`)
}

/**
 * An integer query parameter within `[min, max]` (`fallback` when absent), else 400.
 *
 * @example
 * const limit = queryInteger(ctx.url, 'limit', { min: 1, max: 100, fallback: 50 })
 */
export function queryInteger(
  url: URL,
  key: string,
  range: { min: number; max: number; fallback: number },
): number {
  const raw = url.searchParams.get(key)
  if (raw === null || raw === '') return range.fallback
  const value = Number(raw)
  if (!/^\d+$/.test(raw) || value < range.min || value > range.max) {
    throw new MockHttpError(
      'VALIDATION',
      `${key} must be an integer from ${range.min} to ${range.max}`,
    )
  }
  return value
}

/**
 * One of `allowed` (case-insensitive, returned as listed), `undefined` when absent, else 400.
 *
 * @example
 * const direction = queryEnum(ctx.url, 'direction', ['IN', 'OUT'])
 */
export function queryEnum<const T extends string>(
  url: URL,
  key: string,
  allowed: readonly T[],
): T | undefined {
  const raw = url.searchParams.get(key)
  if (raw === null || raw === '') return undefined
  const found = allowed.find((value) => value.toLowerCase() === raw.toLowerCase())
  if (!found) throw new MockHttpError('VALIDATION', `${key} must be one of ${allowed.join(', ')}`)
  return found
}
