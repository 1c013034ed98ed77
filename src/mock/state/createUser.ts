import { bytesToBase64url } from '../../core/utils/base64.ts'
import type { MockContext } from '../http/MockContext.ts'
import type { MockUser, MockWallet } from './MockUser.ts'

/** A new user of the request's tenant, stored at once. */
export function createUser(
  ctx: MockContext,
  wallet: MockWallet,
  fields: Partial<MockUser> = {},
): MockUser {
  const random = ctx.state.random
  const user: MockUser = {
    externalUserId: random.uuid(),
    userId: random.uuid(),
    rpId: ctx.rpId(),
    wallet,
    status: 'pending',
    createdAt: ctx.now(),
    signerId: bytesToBase64url(random.bytes(16)),
    signerVersion: 1,
    safeAddress: {},
    eoaAddresses: [],
    usedNonces: new Set(),
    emailVerified: false,
    ...fields,
  }
  ctx.tenant().users.set(user.externalUserId, user)
  return user
}
