import { bytesToBase64 } from '../../../core/utils/base64.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import type { MockContext } from '../../http/MockContext.ts'
import { createUser } from '../../state/createUser.ts'
import { findUser } from '../../state/findUser.ts'
import type { MockUser } from '../../state/MockUser.ts'
import type { MockWalletMode } from '../MockWalletMode.ts'
import { pendingSessionFields } from '../pendingSessionFields.ts'
import { bindKeySigner } from '../proof/bindKeySigner.ts'
import { issueProofChallenge } from '../proof/issueProofChallenge.ts'
import { verifyKeyProof } from '../proof/verifyKeyProof.ts'
import { sessionBody } from '../sessionBody.ts'
import { kdfParams, kdfVersions } from './kdfParams.ts'

function materialsOf(user: MockUser) {
  return {
    salt: user.kdf?.salt,
    saltVersion: user.kdf?.saltVersion,
    kdf: kdfParams,
    kdfParamsVersion: user.kdf?.kdfParamsVersion,
  }
}

/**
 * `wallet=kdf` (and legacy `flow=pin-kdf`), docs/protocol.md KDF: the GET of
 * sign-up creates a pending user with a salt and returns a `PIN_KDF_PENDING` JWT plus the
 * challenge materials; the POST checks the proof and binds the key. Sign-in GET returns fresh
 * materials with the same salt.
 */
export const kdfMode: MockWalletMode = {
  async signUpBegin(ctx) {
    const user = createUser(ctx, 'kdf', {
      kdf: { salt: bytesToBase64(ctx.state.random.bytes(16)), ...kdfVersions },
    })
    const materials = await issueProofChallenge(ctx, user, 'kdf', 'sign-up')
    return jsonResponse({
      ...(await pendingSessionFields(ctx, user)),
      flow: 'pin-kdf',
      wallet: 'kdf',
      ...materialsOf(user),
      ...materials,
      emailValidationRequired: false,
      hasPasskey: false,
    })
  },

  async signUpFinish(ctx, body) {
    const user = findUser(ctx.tenant(), body.externalUserId, { wallet: 'kdf', status: 'pending' })
    const chainId = resolveChainId(ctx, body.chainId)
    const publicKey = await verifyKeyProof(ctx, user, body, 'kdf', 'sign-up')
    bindKeySigner(user, publicKey, ctx.config)
    return jsonResponse(await sessionBody(ctx, user, chainId))
  },

  async signInBegin(ctx: MockContext) {
    const user = findUser(ctx.tenant(), ctx.url.searchParams.get('externalUserId'), {
      wallet: 'kdf',
      status: 'active',
    })
    return jsonResponse({
      externalUserId: user.externalUserId,
      wallet: 'kdf',
      flow: 'pin-kdf',
      ...materialsOf(user),
      ...(await issueProofChallenge(ctx, user, 'kdf', 'sign-in')),
      hasPasskey: false,
    })
  },

  async signInFinish(ctx, body) {
    const user = findUser(ctx.tenant(), body.externalUserId, { wallet: 'kdf', status: 'active' })
    const chainId = resolveChainId(ctx, body.chainId)
    await verifyKeyProof(ctx, user, body, 'kdf', 'sign-in')
    return { user, chainId }
  },
}
