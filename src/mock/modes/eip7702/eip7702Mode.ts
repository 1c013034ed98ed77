import { bytesToHex, getAddress, isAddress, type Address } from 'viem'
import { recoverSigner } from '../../crypto/recoverSigner.ts'
import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import type { MockWalletChallenge } from '../../state/MockTenant.ts'
import type { MockUser } from '../../state/MockUser.ts'
import { createUser } from '../../state/createUser.ts'
import type { MockWalletMode } from '../MockWalletMode.ts'
import { sessionBody } from '../sessionBody.ts'
import { eip7702ChallengeMessage } from './eip7702ChallengeMessage.ts'
import { safeEip7702ProxyAddress } from './safeEip7702ProxyAddress.ts'

/** The EOA of a 7702 request, checksummed; else 400. */
export function parseAddress(value: unknown): Address {
  if (typeof value !== 'string' || !isAddress(value, { strict: false })) {
    throw new MockHttpError('VALIDATION', 'address is required (0x + 40 hex)')
  }
  return getAddress(value)
}

/** The 7702 user of an EOA on the caller's tenant. */
export function userOfEoa(ctx: MockContext, address: Address): MockUser | undefined {
  return [...ctx.tenant().users.values()].find(
    (user) => user.wallet === '7702' && user.eoa === address,
  )
}

/** A SIWE-like challenge for `address` on `chainId` (the query's by default), single use. */
export async function issueChallenge(
  ctx: MockContext,
  purpose: MockWalletChallenge['purpose'],
  address: Address,
  chainId = resolveChainId(ctx, ctx.url.searchParams.get('chainId') ?? undefined),
) {
  const nonce = bytesToHex(ctx.state.random.bytes(16)).slice(2)
  const now = ctx.now()
  const expiresAt = now + ctx.config.challengeTtl * 1000
  const message = eip7702ChallengeMessage({
    rpId: ctx.rpId(),
    address,
    chainId,
    nonce,
    issuedAt: new Date(now).toISOString(),
    expirationTime: new Date(expiresAt).toISOString(),
  })
  ctx.tenant().walletChallenges.set(nonce, {
    nonce,
    address,
    chainId,
    message,
    purpose,
    expiresAt,
    used: false,
  })
  return jsonResponse({ challenge: { message, nonce } })
}

/** Checks `{ address, signature, nonce }` against the issued challenge; consumes the nonce. */
export async function verifyChallenge(
  ctx: MockContext,
  body: Record<string, unknown>,
  purpose: MockWalletChallenge['purpose'],
): Promise<MockWalletChallenge> {
  const address = parseAddress(body.address)
  const signature = requiredString(body, 'signature')
  const nonce = requiredString(body, 'nonce')
  const record = ctx.tenant().walletChallenges.get(nonce)
  if (!record || record.purpose !== purpose || record.address !== address) {
    throw new MockHttpError('VALIDATION', `Unknown nonce for this address and ${purpose}`)
  }
  if (record.used) throw new MockHttpError('STALE_NONCE', 'This nonce was already used')
  if (ctx.now() > record.expiresAt) throw new MockHttpError('EXPIRED', 'This challenge has expired')
  record.used = true
  await recoverSigner(record.message, signature, address, 'address over the challenge')
  return record
}

/**
 * The delegation IBEx asks for on `chainId` (the implementation to authorise); the EOA is the
 * user's "Safe" there. Nothing is recorded: the delegation is on chain , and
 * the client broadcasts it (see `rpcRoute`).
 */
export function delegate(user: MockUser, chainId: number) {
  if (user.eoa) user.safeAddress[String(chainId)] = user.eoa
  return { implementation: safeEip7702ProxyAddress, chainId }
}

/**
 * `wallet=7702`: GET returns a SIWE-like `{ challenge: { message, nonce } }`; POST `{ wallet,
 * address, signature, nonce }` checks the EIP-191 signature, single use of the nonce, and returns
 * the tokens, `safe` (the EOA itself) and `delegation` (the implementation to authorise on that
 * chain; the client broadcasts the type-4 transaction).
 */
export const eip7702Mode: MockWalletMode = {
  async signUpBegin(ctx) {
    const address = parseAddress(ctx.url.searchParams.get('address'))
    if (userOfEoa(ctx, address)) {
      throw new MockHttpError('CONFLICT', 'This address already has an account: sign in instead')
    }
    return issueChallenge(ctx, 'sign-up', address)
  },

  async signUpFinish(ctx, body) {
    const record = await verifyChallenge(ctx, body, 'sign-up')
    if (userOfEoa(ctx, record.address)) {
      throw new MockHttpError('CONFLICT', 'This address already has an account: sign in instead')
    }
    const user = createUser(ctx, '7702', { status: 'active', eoa: record.address })
    const delegation = delegate(user, record.chainId)
    return jsonResponse({ ...(await sessionBody(ctx, user, record.chainId)), delegation })
  },

  async signInBegin(ctx) {
    const address = parseAddress(ctx.url.searchParams.get('address'))
    if (!userOfEoa(ctx, address)) {
      throw new MockHttpError(
        'USER_NOT_FOUND',
        `No 7702 user with address ${address} for rpId ${ctx.rpId()}`,
      )
    }
    return issueChallenge(ctx, 'sign-in', address)
  },

  async signInFinish(ctx, body) {
    const record = await verifyChallenge(ctx, body, 'sign-in')
    const user = userOfEoa(ctx, record.address)
    if (!user) throw new MockHttpError('USER_NOT_FOUND', 'No 7702 user with this address')
    return {
      user,
      chainId: record.chainId,
      extra: { delegation: delegate(user, record.chainId) },
    }
  },
}
