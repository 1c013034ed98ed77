import type { Address } from 'viem'
import { recoverAuthorizationAddress } from 'viem/utils'
import { randomHash } from '../../crypto/randomHash.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockAuthorization, MockDelegation, MockUser } from '../../state/MockUser.ts'

async function signerOf(authorization: MockAuthorization): Promise<Address | undefined> {
  try {
    return await recoverAuthorizationAddress({ authorization })
  } catch {
    return undefined
  }
}

/**
 * Checks a signed EIP-7702 authorization of a 7702 user and "relays" it: the chain must have a
 * delegation of theirs (404 NOT_FOUND), the authorization must delegate to its implementation
 * (400 VALIDATION) and be signed by their EOA (400 INVALID_SIGNATURE). The delegation becomes
 * SUBMITTED with a transaction hash and confirms after `operationConfirmDelayMs` on the mock
 * clock. One already SUBMITTED or ACTIVE is returned as it is (a second submit is harmless).
 * The mock has no chain: the nonce is recorded, not checked.
 *
 * @example
 * const delegation = await submitDelegation(ctx, user, parseAuthorization(body))
 */
export async function submitDelegation(
  ctx: MockContext,
  user: MockUser,
  authorization: MockAuthorization,
): Promise<MockDelegation> {
  const delegation = user.delegations.get(authorization.chainId)
  if (!delegation) {
    throw new MockHttpError(
      'NOT_FOUND',
      `No delegation on chain ${authorization.chainId}: sign in with the wallet on that chain first`,
    )
  }
  if (authorization.address.toLowerCase() !== delegation.implementation.toLowerCase()) {
    throw new MockHttpError(
      'VALIDATION',
      `The authorization delegates to ${authorization.address}, not to ${delegation.implementation}`,
    )
  }
  const signer = await signerOf(authorization)
  if (!user.eoa || signer?.toLowerCase() !== user.eoa.toLowerCase()) {
    throw new MockHttpError('INVALID_SIGNATURE', 'The authorization was not signed by the EOA')
  }
  if (delegation.status === 'SUBMITTED' || delegation.status === 'ACTIVE') return delegation
  const now = ctx.now()
  Object.assign(delegation, {
    status: 'SUBMITTED',
    authorization,
    txHash: randomHash(ctx.state.random),
    submittedAt: now,
    settlesAt: now + ctx.config.operationConfirmDelayMs,
  } satisfies Partial<MockDelegation>)
  return delegation
}
