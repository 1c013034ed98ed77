import { IbexValidationError } from './IbexValidationError.ts'

/**
 * Too many wrong PINs in a row for this user: the next attempt may start at `retryAt` (ms since
 * the epoch), so a UI can show a countdown. An `IbexValidationError` on field `pin` with code
 * `validation/pin-throttled`; nothing was derived or sent.
 *
 * @example
 * if (error instanceof IbexPinThrottledError) startCountdown(error.retryAt - Date.now())
 */
export class IbexPinThrottledError extends IbexValidationError {
  declare readonly code: 'validation/pin-throttled'
  /** When the next attempt may start, ms since the epoch. */
  readonly retryAt: number
  /** Wrong PINs in a row so far. */
  readonly failures: number

  constructor(parameters: { retryAt: number; failures: number; now: number }) {
    const seconds = Math.max(1, Math.ceil((parameters.retryAt - parameters.now) / 1000))
    super({
      code: 'validation/pin-throttled',
      field: 'pin',
      message: `Too many wrong PINs: try again in ${seconds} s.`,
      details: `${parameters.failures} wrong PINs in a row; next attempt at ${new Date(parameters.retryAt).toISOString()}`,
    })
    this.retryAt = parameters.retryAt
    this.failures = parameters.failures
  }
}
