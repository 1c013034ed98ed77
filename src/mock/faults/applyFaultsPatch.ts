import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockFaults } from '../state/MockState.ts'
import type { MockFaultsPatch } from './MockFaultsPatch.ts'

const defaultMaintenanceMessage = 'IBEx is under maintenance. Please retry later.'

function number(value: unknown, key: string, max = Number.POSITIVE_INFINITY): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max) {
    throw new MockHttpError('VALIDATION', `${key} must be a number between 0 and ${max}`)
  }
  return value
}

/** Validates a faults patch (from JSON or code) and merges it into `faults`. */
export function applyFaultsPatch(
  faults: MockFaults,
  patch: MockFaultsPatch,
  nowMs: number,
): MockFaults {
  if (patch.latencyMs !== undefined)
    faults.latencyMs = patch.latencyMs === null ? 0 : number(patch.latencyMs, 'latencyMs')
  if (patch.errorRate !== undefined)
    faults.errorRate = patch.errorRate === null ? 0 : number(patch.errorRate, 'errorRate', 1)
  if (patch.rateLimit !== undefined) {
    const rateLimit = patch.rateLimit
    faults.rateLimit =
      rateLimit === null
        ? null
        : {
            count: number(rateLimit.count, 'rateLimit.count'),
            retryAfter: number(rateLimit.retryAfter ?? 1, 'rateLimit.retryAfter'),
          }
  }
  if (patch.maintenance !== undefined) {
    const maintenance = patch.maintenance
    faults.maintenance =
      maintenance === null || maintenance === false
        ? null
        : {
            since: (maintenance !== true && maintenance.since) || new Date(nowMs).toISOString(),
            message: (maintenance !== true && maintenance.message) || defaultMaintenanceMessage,
          }
  }
  if (patch.accessTokenTtl !== undefined) {
    faults.accessTokenTtl =
      patch.accessTokenTtl === null ? null : number(patch.accessTokenTtl, 'accessTokenTtl')
  }
  if (patch.failNextOperation !== undefined) {
    if (patch.failNextOperation !== null && typeof patch.failNextOperation !== 'boolean') {
      throw new MockHttpError('VALIDATION', 'failNextOperation must be a boolean')
    }
    faults.failNextOperation = patch.failNextOperation === true
  }
  return faults
}
