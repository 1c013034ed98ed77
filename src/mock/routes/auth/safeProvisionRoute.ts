import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredNumber, requiredString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import type { MockContext } from '../../http/MockContext.ts'
import type { MockRoute } from '../../http/MockRoute.ts'
import type { MockUser } from '../../state/MockUser.ts'
import { chainInfo } from '../../wallet/chainCatalog.ts'
import { mockAddress } from '../../wallet/mockAddress.ts'

/** How long a `safe_provision_token` lives, in seconds (docs/protocol.md). */
export const safeProvisionTtl = 300

/**
 * The `safe_provision_token` fields a passkey sign-in adds when its body (or query) asks for
 * `intent: "safe_provision"` (docs/protocol.md); nothing for other intents or signers.
 *
 * @example
 * jsonResponse({ ...session, ...safeProvisionGrant(ctx, user, body) })
 */
export function safeProvisionGrant(
  ctx: MockContext,
  user: MockUser,
  body: Record<string, unknown>,
): Record<string, unknown> {
  const intent = body.intent ?? ctx.url.searchParams.get('intent')
  if (intent !== 'safe_provision' || user.wallet !== 'passkeys') return {}
  const token = `spt_${ctx.state.random.uuid()}`
  user.safeProvision = { token, expiresAt: ctx.now() + safeProvisionTtl * 1000, used: false }
  return { safe_provision_token: token, safe_provision_expires_in: safeProvisionTtl }
}

function holderOf(ctx: MockContext): MockUser {
  const header = ctx.request.headers.get('authorization') ?? ''
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : ''
  for (const user of ctx.tenant().users.values()) {
    const grant = user.safeProvision
    if (!grant || grant.token !== token) continue
    if (grant.used || ctx.now() > grant.expiresAt) break
    return user
  }
  throw new MockHttpError('UNAUTHORIZED', 'safe_provision_token missing, expired or already used')
}

/**
 * `POST /v1.2/auth/sign-in/safe-provision` (docs/protocol.md), `Authorization: Bearer
 * <safe_provision_token>`: adds a Safe for `saltNonce` (a decimal string ≥ 1, unique per signer
 * and chain: 409 when taken) on an active Safe chain. The token is single use (401 after).
 */
export const safeProvisionRoute: MockRoute = {
  method: 'POST',
  path: '/v1.2/auth/sign-in/safe-provision',
  handler: async (ctx) => {
    ctx.rpId()
    const user = holderOf(ctx)
    const body = await ctx.body()
    const blockchainId = requiredNumber(body, 'blockchainId')
    if (!ctx.config.chainIds.includes(blockchainId) || !chainInfo(blockchainId).modules.billing) {
      throw new MockHttpError('VALIDATION', `Chain ${blockchainId} is not an active Safe chain`)
    }
    const saltNonce = requiredString(body, 'saltNonce')
    if (!/^[1-9]\d{0,17}$/.test(saltNonce)) {
      throw new MockHttpError('VALIDATION', 'saltNonce must be a decimal string ≥ 1')
    }
    const taken = (user.extraSafes ?? []).some(
      (safe) => safe.chainId === blockchainId && safe.saltNonce === saltNonce,
    )
    if (taken) {
      throw new MockHttpError('CONFLICT', `saltNonce ${saltNonce} is already used on this chain`)
    }
    const address = mockAddress(`safe|${user.signerId}|${blockchainId}|${saltNonce}`)
    user.extraSafes = [...(user.extraSafes ?? []), { chainId: blockchainId, address, saltNonce }]
    user.safeProvision = { token: '', expiresAt: 0, used: true }
    return jsonResponse({
      address,
      blockchainId,
      saltNonce,
      deploySaltNonce: saltNonce,
      safe_provision_expires_in: safeProvisionTtl,
    })
  },
}
