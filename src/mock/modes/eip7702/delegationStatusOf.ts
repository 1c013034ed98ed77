import type { MockDelegation } from '../../state/MockUser.ts'

/**
 * The status of a delegation at `now` on the mock clock: a SUBMITTED one is ACTIVE once its
 * simulated type-4 transaction has "confirmed" (`settlesAt`); other statuses are as stored.
 *
 * @example
 * delegationStatusOf(delegation, ctx.now()) // 'ACTIVE'
 */
export function delegationStatusOf(
  delegation: MockDelegation,
  now: number,
): MockDelegation['status'] {
  if (delegation.status !== 'SUBMITTED') return delegation.status
  return delegation.settlesAt !== undefined && now >= delegation.settlesAt ? 'ACTIVE' : 'SUBMITTED'
}
