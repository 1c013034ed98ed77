import { IbexHttpError } from '../errors/IbexHttpError.ts'
import { IbexNetworkError } from '../errors/IbexNetworkError.ts'
import { IbexRefusalError } from '../errors/IbexRefusalError.ts'
import type { OperationIntent } from '../schemas/operationIntentSchema.ts'
import { IbexOperationError } from './IbexOperationError.ts'

function refusal(error: IbexHttpError, ...codes: string[]): boolean {
  return error.serverCode !== undefined && codes.includes(error.serverCode)
}

/**
 * Turns IBEx's refusal of a prepare (`step: 'prepare'`) or execute (`step: 'execute'`) into the
 * error the UI can act on; anything else is returned as is.
 * - prepare: too little balance or position is `validation/amount-exceeds-balance` /
 *   `-exceeds-position` on `amount`; an expired quote is `validation/quote-expired` (each an
 *   `IbexRefusalError`: IBEx's verdict, its answer in `cause`).
 * - execute: 410 is `operation/intent-used`; 422, `EXPIRED` and 409 `STALE_NONCE` are
 *   `operation/expired` (prepare again); no answer at all, or a 5xx, is
 *   `operation/outcome-unknown`, since the PUT may have run: it is never resent.
 *
 * @example
 * catch (error) { throw mapOperationRefusal(error, 'execute', intent) }
 */
export function mapOperationRefusal(
  error: unknown,
  step: 'prepare' | 'execute',
  intent?: OperationIntent,
): unknown {
  const ids = { userOpHash: intent?.userOpHash, batchId: intent?.batchId }
  // No answer, or a 5xx: the server may have run the PUT before failing to answer, so the
  // outcome is unknown rather than failed (a user resending would pay twice).
  const unanswered =
    (error instanceof IbexNetworkError && error.code !== 'network/aborted') ||
    (error instanceof IbexHttpError && error.status >= 500 && error.status !== 501)
  if (step === 'execute' && unanswered) {
    return new IbexOperationError({
      code: 'operation/outcome-unknown',
      message:
        'The operation was sent but no clear answer came back (no answer, or a server error), so it may or may not have run. It is not sent again: look its userOpHash up (operation status or operations history) before trying again.',
      ...ids,
      cause: error,
    })
  }
  if (!(error instanceof IbexHttpError)) return error
  const details = error.serverMessage
  if (step === 'prepare') {
    if (refusal(error, 'INSUFFICIENT_BALANCE', 'INSUFFICIENT_POSITION')) {
      const position = error.serverCode === 'INSUFFICIENT_POSITION'
      return new IbexRefusalError({
        code: position ? 'validation/amount-exceeds-position' : 'validation/amount-exceeds-balance',
        field: 'amount',
        message: position
          ? 'This is more than the position holds.'
          : 'This is more than the Safe holds.',
        refusal: error,
      })
    }
    if (refusal(error, 'EXPIRED')) {
      return new IbexRefusalError({
        code: 'validation/quote-expired',
        field: 'quote',
        message: 'This quote has expired: get a new one.',
        refusal: error,
      })
    }
    return error
  }
  if (error.status === 410 || refusal(error, 'GONE')) {
    return new IbexOperationError({
      code: 'operation/intent-used',
      message: 'This operation was already executed; it can run only once.',
      details,
      ...ids,
      cause: error,
    })
  }
  if (error.status === 422 || refusal(error, 'EXPIRED', 'STALE_NONCE')) {
    return new IbexOperationError({
      code: 'operation/expired',
      message: 'The operation expired before it ran; nothing moved. Submit it again.',
      details,
      ...ids,
      cause: error,
    })
  }
  return error
}
