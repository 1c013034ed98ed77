import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockFaults } from '../state/MockState.ts'
import type { MockFaultsPatch } from './MockFaultsPatch.ts'

const defaultMaintenanceMessage = 'IBEx is under maintenance. Please retry later.'

/** The longest delay a timer can wait (`setTimeout` fires at once past 2^31−1 ms). */
export const maxLatencyMs = 2 ** 31 - 1

const patchKeys = new Set([
  'latencyMs',
  'errorRate',
  'rateLimit',
  'maintenance',
  'accessTokenTtl',
  'failNextOperation',
])

function invalid(message: string): MockHttpError {
  return new MockHttpError('VALIDATION', message)
}

function number(
  value: unknown,
  key: string,
  range: { min?: number; max: number; integer?: boolean },
): number {
  const min = range.min ?? 0
  if (
    typeof value !== 'number' ||
    !Number.isFinite(value) ||
    value < min ||
    value > range.max ||
    (range.integer && !Number.isInteger(value))
  ) {
    const kind = range.integer ? 'an integer' : 'a number'
    throw invalid(`${key} must be ${kind} from ${min} to ${range.max}`)
  }
  return value
}

function record(value: unknown, key: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(`${key} must be an object`)
  }
  return value as Record<string, unknown>
}

function optionalString(value: unknown, key: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined
  if (typeof value !== 'string') throw invalid(`${key} must be a string`)
  return value
}

function unknownKeys(value: Record<string, unknown>, allowed: readonly string[], where: string) {
  const extra = Object.keys(value).find((key) => !allowed.includes(key))
  if (extra !== undefined) throw invalid(`${where}${extra} is not a fault setting`)
}

/**
 * Validates a faults patch (from JSON or code) and merges it into `faults`. Every field is
 * checked before any is applied, so a refused patch changes nothing; the 400 names the field.
 */
export function applyFaultsPatch(
  faults: MockFaults,
  patch: MockFaultsPatch,
  nowMs: number,
): MockFaults {
  const input = record(patch, 'The faults patch')
  unknownKeys(input, [...patchKeys], '')
  const next: MockFaults = { ...faults }
  if (input.latencyMs !== undefined) {
    next.latencyMs =
      input.latencyMs === null
        ? 0
        : number(input.latencyMs, 'latencyMs', { max: maxLatencyMs, integer: true })
  }
  if (input.errorRate !== undefined) {
    next.errorRate = input.errorRate === null ? 0 : number(input.errorRate, 'errorRate', { max: 1 })
  }
  if (input.rateLimit !== undefined) {
    if (input.rateLimit === null) {
      next.rateLimit = null
    } else {
      const rateLimit = record(input.rateLimit, 'rateLimit')
      unknownKeys(rateLimit, ['count', 'retryAfter'], 'rateLimit.')
      next.rateLimit = {
        count: number(rateLimit.count, 'rateLimit.count', { max: 1_000_000, integer: true }),
        retryAfter: number(rateLimit.retryAfter ?? 1, 'rateLimit.retryAfter', {
          max: 86_400,
          integer: true,
        }),
      }
    }
  }
  if (input.maintenance !== undefined) {
    const maintenance = input.maintenance
    if (maintenance === null || maintenance === false) {
      next.maintenance = null
    } else if (maintenance === true) {
      next.maintenance = {
        since: new Date(nowMs).toISOString(),
        message: defaultMaintenanceMessage,
      }
    } else {
      const fields = record(maintenance, 'maintenance')
      unknownKeys(fields, ['message', 'since'], 'maintenance.')
      const since = optionalString(fields.since, 'maintenance.since')
      if (since !== undefined && Number.isNaN(Date.parse(since))) {
        throw invalid('maintenance.since must be an ISO-8601 date')
      }
      next.maintenance = {
        since: since ?? new Date(nowMs).toISOString(),
        message: optionalString(fields.message, 'maintenance.message') ?? defaultMaintenanceMessage,
      }
    }
  }
  if (input.accessTokenTtl !== undefined) {
    next.accessTokenTtl =
      input.accessTokenTtl === null
        ? null
        : number(input.accessTokenTtl, 'accessTokenTtl', {
            max: Math.floor(maxLatencyMs / 1000),
            integer: true,
          })
  }
  if (input.failNextOperation !== undefined) {
    if (input.failNextOperation !== null && typeof input.failNextOperation !== 'boolean') {
      throw invalid('failNextOperation must be a boolean')
    }
    next.failNextOperation = input.failNextOperation === true
  }
  Object.assign(faults, next)
  return faults
}
