import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockOperationIntent } from './MockOperationIntent.ts'

/**
 * Refuses to execute an intent twice (410 GONE) or after `expiresAt` or its quote's `validTo`
 * (422 EXPIRED, as docs/protocol.md pairs them); also a `batchId` that names another intent.
 *
 * @example
 * checkIntentOpen(intent, ctx.now(), body.batchId)
 */
export function checkIntentOpen(intent: MockOperationIntent, now: number, batchId?: string): void {
  if (batchId !== undefined && batchId !== intent.batchId) {
    throw new MockHttpError(
      'VALIDATION',
      `The signature is for batch ${intent.batchId}, not ${batchId}`,
    )
  }
  if (intent.signedAt !== undefined) {
    throw new MockHttpError(
      'GONE',
      `Operation ${intent.userOpHash} was already executed: prepare a new one`,
    )
  }
  if (now > intent.expiresAt) {
    throw new MockHttpError(
      'EXPIRED',
      `Operation ${intent.userOpHash} expired at ${new Date(intent.expiresAt).toISOString()}`,
      { status: 422 },
    )
  }
  for (const operation of intent.operations) {
    if (operation.kind === 'swap' && now > operation.quote.validTo * 1000) {
      throw new MockHttpError(
        'EXPIRED',
        `operations[${operation.index}]: the swap quote expired; request a new one`,
        { status: 422 },
      )
    }
  }
}
