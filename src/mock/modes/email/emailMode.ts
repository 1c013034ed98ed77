import { MockHttpError } from '../../errors/MockHttpError.ts'
import { requiredObject, requiredString } from '../../http/bodyFields.ts'
import { jsonResponse } from '../../http/jsonResponse.ts'
import { resolveChainId } from '../../http/resolveChainId.ts'
import { createUser } from '../../state/createUser.ts'
import { findUser } from '../../state/findUser.ts'
import type { MockWalletMode } from '../MockWalletMode.ts'
import { pendingSessionFields } from '../pendingSessionFields.ts'
import { bindKeySigner } from '../proof/bindKeySigner.ts'
import { issueProofChallenge } from '../proof/issueProofChallenge.ts'
import { verifyKeyProof } from '../proof/verifyKeyProof.ts'
import { sessionBody } from '../sessionBody.ts'
import { findEmailUser } from './findEmailUser.ts'
import { otpResponseFields } from './otpResponseFields.ts'
import { parseEmail } from './parseEmail.ts'
import { sendOtp } from './sendOtp.ts'

/**
 * `wallet=email` (docs/protocol.md): GET sign-up sends a code and creates a
 * pending user; `POST /auth/email/recover` verifies the code and returns the challenge; POST
 * sign-up checks the proof, stores the encrypted backup and binds the key. Sign-in: GET sends a
 * code, recover returns the backup and a challenge, POST checks the proof against the bound key.
 */
export const emailMode: MockWalletMode = {
  async signUpBegin(ctx) {
    const email = parseEmail(ctx.url.searchParams.get('email'))
    const tenant = ctx.tenant()
    const existing = [...tenant.users.values()].find(
      (user) => user.wallet === 'email' && user.email === email,
    )
    if (existing?.status === 'active') {
      throw new MockHttpError('CONFLICT', 'This email already has an account: sign in instead')
    }
    const user = existing ?? createUser(ctx, 'email', { email })
    const otp = sendOtp(ctx, user)
    return jsonResponse({
      ...(await pendingSessionFields(ctx, user)),
      flow: 'email',
      wallet: 'email',
      ...otpResponseFields(otp, ctx.config),
      ...(await issueProofChallenge(ctx, user, 'email', 'sign-up')),
      hasPasskey: false,
    })
  },

  async signUpFinish(ctx, body) {
    const user = findUser(ctx.tenant(), body.externalUserId, { wallet: 'email', status: 'pending' })
    if (!user.emailVerified) {
      throw new MockHttpError(
        'UNAUTHORIZED',
        'Verify the email code first (POST /v1.2/auth/email/recover)',
      )
    }
    const backup = {
      encryptedPrivateKey: requiredString(body, 'encryptedPrivateKey'),
      backupSalt: requiredString(body, 'backupSalt'),
      backupKdf: requiredObject(body, 'backupKdf'),
    }
    const chainId = resolveChainId(ctx, body.chainId)
    const publicKey = await verifyKeyProof(ctx, user, body, 'email', 'sign-up')
    user.backup = backup
    bindKeySigner(user, publicKey, ctx.config)
    return jsonResponse(await sessionBody(ctx, user, chainId))
  },

  async signInBegin(ctx) {
    const query = ctx.url.searchParams
    const user = findEmailUser(
      ctx.tenant(),
      query.get('externalUserId'),
      query.get('email'),
      'email',
    )
    if (user.status !== 'active') {
      throw new MockHttpError('USER_NOT_FOUND', 'This user has not finished signing up')
    }
    const otp = sendOtp(ctx, user)
    return jsonResponse({
      externalUserId: user.externalUserId,
      wallet: 'email',
      hasPasskey: false,
      ...otpResponseFields(otp, ctx.config),
    })
  },

  async signInFinish(ctx, body) {
    const user = findUser(ctx.tenant(), body.externalUserId, { wallet: 'email', status: 'active' })
    const chainId = resolveChainId(ctx, body.chainId)
    await verifyKeyProof(ctx, user, body, 'email', 'sign-in')
    return { user, chainId }
  },
}
