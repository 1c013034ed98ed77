import { MockHttpError } from '../errors/MockHttpError.ts'
import type { MockTenant } from './MockTenant.ts'
import type { MockUser, MockWallet } from './MockUser.ts'

/**
 * The user `externalUserId` of this tenant, optionally of one wallet mode and status; else 404
 * USER_NOT_FOUND. A user of another rpId is not found: tenants are isolated.
 */
export function findUser(
  tenant: MockTenant,
  externalUserId: unknown,
  expect: { wallet?: MockWallet; status?: MockUser['status'] } = {},
): MockUser {
  if (typeof externalUserId !== 'string' || externalUserId === '') {
    throw new MockHttpError('VALIDATION', 'externalUserId is required')
  }
  const user = tenant.users.get(externalUserId)
  if (!user) {
    throw new MockHttpError('USER_NOT_FOUND', `No user ${externalUserId} for rpId ${tenant.rpId}`)
  }
  if (expect.wallet && user.wallet !== expect.wallet) {
    throw new MockHttpError(
      'USER_NOT_FOUND',
      `User ${externalUserId} has no ${expect.wallet} signer`,
    )
  }
  if (expect.status && user.status !== expect.status) {
    throw new MockHttpError(
      expect.status === 'pending' ? 'CONFLICT' : 'USER_NOT_FOUND',
      expect.status === 'pending'
        ? `User ${externalUserId} already has a bound signer`
        : `User ${externalUserId} has not finished signing up`,
    )
  }
  return user
}
