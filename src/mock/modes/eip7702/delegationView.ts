import type { MockDelegation } from '../../state/MockUser.ts'
import { delegationStatusOf } from './delegationStatusOf.ts'

/**
 * One entry of `delegations` in `GET`/`POST /v1.2/users/me/delegations` (our protocol decision,
 * see `delegationRoutes`): the chain, the implementation the EOA delegates to, the status at
 * `now`, the nonce of the authorization relayed (or `null`) and the transaction hash (or `null`).
 *
 * @example
 * delegationView(delegation, ctx.now()) // { chainId: 421614, status: 'PENDING', … }
 */
export function delegationView(delegation: MockDelegation, now: number): Record<string, unknown> {
  const status = delegationStatusOf(delegation, now)
  const updatedAt =
    status === 'ACTIVE'
      ? delegation.settlesAt
      : status === 'SUBMITTED'
        ? delegation.submittedAt
        : delegation.createdAt
  return {
    chainId: delegation.chainId,
    implementation: delegation.implementation,
    status,
    authorizationNonce: delegation.authorization?.nonce ?? null,
    txHash: delegation.txHash ?? null,
    createdAt: new Date(delegation.createdAt).toISOString(),
    updatedAt: new Date(updatedAt ?? delegation.createdAt).toISOString(),
  }
}
