import type { MockOperationIntent, MockOperationStatus } from './MockOperationIntent.ts'

/**
 * The status of an operation at `now` on the mock clock: CREATED until signed, EXECUTED until
 * `settlesAt` (the confirmation delay), then CONFIRMED, or FAILED with its `error`.
 *
 * @example
 * operationStatusOf(intent, mock.now()).status // 'EXECUTED'
 */
export function operationStatusOf(
  intent: MockOperationIntent,
  now: number,
): { status: MockOperationStatus; updatedAt: number; error: string | null } {
  if (intent.signedAt === undefined) {
    return { status: 'CREATED', updatedAt: intent.createdAt, error: null }
  }
  const executedAt = intent.executedAt ?? intent.signedAt
  if (intent.settlesAt === undefined || now < intent.settlesAt) {
    return { status: 'EXECUTED', updatedAt: executedAt, error: null }
  }
  return intent.failure === undefined
    ? { status: 'CONFIRMED', updatedAt: intent.settlesAt, error: null }
    : { status: 'FAILED', updatedAt: intent.settlesAt, error: intent.failure }
}
