import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockTenant } from '../../state/MockTenant.ts'
import type { MockUser, MockWallet } from '../../state/MockUser.ts'
import { findUser } from '../../state/findUser.ts'

/** The user named by `externalUserId`, else by `email`, among this tenant's users of `wallet`. */
export function findEmailUser(
  tenant: MockTenant,
  externalUserId: unknown,
  email: unknown,
  wallet: MockWallet,
): MockUser {
  if (externalUserId !== undefined && externalUserId !== null && externalUserId !== '') {
    return findUser(tenant, externalUserId, { wallet })
  }
  if (typeof email !== 'string' || email === '') {
    throw new MockHttpError('VALIDATION', 'externalUserId (or email) is required')
  }
  const wanted = email.trim().toLowerCase()
  for (const user of tenant.users.values()) {
    if (user.wallet === wallet && user.email === wanted) return user
  }
  throw new MockHttpError(
    'USER_NOT_FOUND',
    `No ${wallet} user with this email for rpId ${tenant.rpId}`,
  )
}
