import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockIbexConfig } from '../MockIbexOptions.ts'
import type { MockState } from './MockState.ts'

/** The longest single step of the mock clock: a year. */
const maxStepMs = 366 * 24 * 3_600_000

/** Moves the mock clock `ms` forward (validated, so a JSON body is checked too); the new time. */
export function advanceClock(state: MockState, config: MockIbexConfig, ms: unknown): number {
  if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > maxStepMs) {
    throw new MockHttpError('VALIDATION', `ms must be an integer from 0 to ${maxStepMs}`)
  }
  state.clockOffsetMs += ms
  return config.now()
}
